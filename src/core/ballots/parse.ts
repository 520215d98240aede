// One door for every ballot file format: picks the parser from `--format` or the file's extension.
// Takes the file's text and name (for messages); reading the file is the caller's business.
import { InputError } from '../errors';
import { parseBlt } from './blt.parser';
import { parseBallotJson } from './json.parser';
import { parsePairs } from './pairs.parser';
import { parsePrefLib, type PrefLibKind } from './preflib.parser';
import type { Profile } from './profile';

export const ballotFormats = ['soc', 'soi', 'toc', 'toi', 'cat', 'blt', 'pairs', 'json'] as const;
export type BallotFormat = (typeof ballotFormats)[number];

const byExtension: Record<string, BallotFormat> = {
  soc: 'soc', soi: 'soi', toc: 'toc', toi: 'toi', cat: 'cat', blt: 'blt', csv: 'pairs', json: 'json',
};

export function formatOf(fileName: string, format?: string): BallotFormat {
  if (format !== undefined) {
    if ((ballotFormats as readonly string[]).includes(format)) return format as BallotFormat;
    throw new InputError(`Unknown format "${format}"; use one of ${ballotFormats.join(', ')}.`);
  }
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const found = byExtension[extension];
  if (!found) {
    throw new InputError(`${fileName}: cannot tell the format from the extension; name it with --format (${ballotFormats.join(', ')}).`, { file: fileName });
  }
  return found;
}

export function parseBallots(text: string, fileName: string, format?: string): Profile {
  const chosen = formatOf(fileName, format);
  switch (chosen) {
    case 'blt':
      return parseBlt(text, fileName);
    case 'pairs':
      return parsePairs(text, fileName);
    case 'json':
      return parseBallotJson(text, fileName);
    default:
      return parsePrefLib(text, fileName, chosen as PrefLibKind);
  }
}
