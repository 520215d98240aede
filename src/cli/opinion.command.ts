// `doithoai opinion PATH`: opinion groups from a Pol.is-format export (docs/contracts.md) — a folder with
// votes.csv and, optionally, comments.csv (or the votes.csv itself). Reading files happens here; the
// method is pure core code (src/core/opinion). `--json` prints the contract's document; otherwise the
// groups and their representative statements in words, Vietnamese first. The votes are replayed in time
// order as the server updates a map — how Pol.is's own groups came about — for exports of up to 20.000
// votes (`--replay` for larger ones, `--once` for one update from the final votes); `--meta` names
// statements to zero as meta where the export's comments.csv does not say which they are.
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../core/errors';
import { formatNumber } from '../core/format';
import { analyseConversation, readPolisExport, REPLAY_SECONDS, replayConversation, type OpinionMap } from '../core/opinion';
import { cliNumber } from './figures';
import { readText } from './read-input';

/** Exports of up to this many votes are replayed unless `--once` is given; larger ones are computed once unless `--replay` is. */
const REPLAY_UP_TO = 20_000;

export function registerOpinion(program: Command) {
  program
    .command('opinion')
    .description('bản đồ ý kiến theo phương pháp Pol.is (opinion groups, Pol.is method) từ một bản xuất Pol.is')
    .argument('<path>', 'thư mục có votes.csv (và comments.csv), hoặc tệp votes.csv (a folder with votes.csv, or the file)')
    .option('--json', 'in tài liệu JSON (print the JSON document)')
    .option('--replay [seconds]', `tính lại theo thứ tự thời gian, mỗi lần cách nhau ${REPLAY_SECONDS} giây như máy chủ; mặc định đến ${REPLAY_UP_TO.toLocaleString('vi')} phiếu (replay the votes in time order, one update per ${REPLAY_SECONDS} s, as the server does; the default up to ${REPLAY_UP_TO.toLocaleString('en')} votes)`)
    .option('--once', 'tính một lần từ phiếu cuối cùng (one update from the final votes)')
    .option('--meta <ids>', 'các ý kiến meta, ví dụ 0-14,20 (meta statements, e.g. 0-14,20)')
    // usage errors must reach runCli (exit 2) instead of commander exiting with 1 by itself
    .exitOverride()
    .action(async (path: string, flags: { json?: boolean; replay?: string | true; once?: boolean; meta?: string }) => {
      if (flags.once && flags.replay) throw new InputError('--once and --replay ask for opposite things: give one of them.', { field: 'once' }, '--once và --replay yêu cầu hai điều ngược nhau: hãy chỉ dùng một.');
      const seconds = flags.replay === undefined ? undefined : replaySeconds(flags.replay);
      const read = await readExport(path);
      const conversation = { ...read, zeroed: [...new Set([...(read.zeroed ?? []), ...metaIds(flags.meta)])] };
      const votes = Array.isArray(conversation.votes) ? conversation.votes.length : conversation.votes.voter.length;
      const replay = seconds !== undefined || (!flags.once && votes <= REPLAY_UP_TO);
      const map = replay ? replayConversation(conversation, seconds) : { ...analyseConversation(conversation), updates: 1 };
      process.stdout.write(flags.json ? `${JSON.stringify(contractDocument(map), null, 2)}\n` : renderMap(map));
    });
}

async function readExport(path: string) {
  const folder = (await isFolder(path)) ? path : dirname(path);
  const votesFile = (await isFolder(path)) ? join(path, 'votes.csv') : path;
  const votes = { name: basename(votesFile), text: await readText(votesFile) };
  const commentsFile = join(folder, 'comments.csv');
  const comments = (await exists(commentsFile)) ? { name: 'comments.csv', text: await readText(commentsFile) } : undefined;
  if (votes.text.trim() === '') throw new InputError(`${votesFile}: the file is empty.`, { file: votesFile }, `${votesFile}: tệp trống.`);
  return readPolisExport(votes, comments);
}

function replaySeconds(given: string | true): number {
  if (given === true) return REPLAY_SECONDS;
  const seconds = Number(given);
  if (given.trim() !== '' && Number.isFinite(seconds) && seconds > 0) return seconds;
  throw new InputError(`--replay ${given}: the seconds between updates must be a positive number.`, { field: 'replay' }, `--replay ${given}: số giây giữa hai lần tính phải là một số dương.`);
}

/** Statement ids from "0-14,20": single ids, and ranges of whole numbers. */
function metaIds(given: string | undefined): string[] {
  if (given === undefined) return [];
  return given.split(',').flatMap((part) => {
    const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(part);
    if (range && +range[1] <= +range[2]) return Array.from({ length: +range[2] - +range[1] + 1 }, (_, i) => String(+range[1] + i));
    if (part.trim() !== '' && !part.includes('-')) return [part.trim()];
    throw new InputError(`--meta ${given}: "${part}" is neither a statement id nor a range such as 0-14.`, { field: 'meta' }, `--meta ${given}: "${part}" không phải mã ý kiến hay khoảng như 0-14.`);
  });
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** The contract's document, with the rest of the map beside it. */
export function contractDocument(map: OpinionMap & { updates: number }) {
  return {
    participants: map.participants,
    updates: map.updates,
    comments: map.statements,
    clustered: map.clustered.length,
    groups: map.groups.map((g) => ({
      id: g.id,
      members: g.members,
      representative: g.representative.map((r) => ({ comment: r.statement, direction: r.direction, agree: r.agree, repness: r.repness, repnessTest: r.repnessTest, probability: r.probability, probabilityTest: r.probabilityTest })),
    })),
    consensus: [...map.consensus.agree, ...map.consensus.disagree].map((c) => ({ comment: c.statement, direction: c.direction, probability: c.probability, probabilityTest: c.probabilityTest })),
    groupInformedConsensus: map.groupInformedConsensus,
    pca: { center: map.pca.center, components: map.pca.components, comments: map.pca.statements, method: map.pca.method },
    projection: map.projection,
  };
}

const percent = (share: number) => `${cliNumber(Math.round(share * 100))} %`;

function renderMap(map: OpinionMap & { updates: number }): string {
  const out = [
    `${map.participants} người tham gia, ${map.statements} ý kiến; ${map.clustered.length} người đủ phiếu để xếp nhóm (participants, statements; participants in the conversation).`,
    map.updates > 1
      ? `Tính lại ${cliNumber(map.updates)} lần theo thứ tự thời gian của phiếu, như máy chủ tính (replayed in ${map.updates.toLocaleString('en')} updates in the votes' time order, as the server computes).`
      : 'Tính một lần từ phiếu cuối cùng (one update from the final votes).',
  ];
  const method = map.pca.method;
  if (method.name === 'mini-batch') {
    out.push(`Hai thành phần chính tính từ ${method.batches} mẫu, mỗi mẫu ${cliNumber(method.sampled)} người (mini-batch PCA: ${method.batches} samples of ${method.sampled} participants each).`);
  }
  if (map.groups.length === 0) {
    out.push('Chưa đủ người đủ phiếu để chia nhóm (not enough participants have voted to form groups).');
    return `${out.join('\n')}\n`;
  }
  for (const g of map.groups) {
    out.push('', `Nhóm (group) ${g.id + 1}: ${g.members.length} người (participants)`);
    for (const r of g.representative) {
      const way = r.direction === 'agree' ? 'đồng ý (agree)' : 'không đồng ý (disagree)';
      out.push(`  ý kiến (statement) ${r.statement}: ${way}; ${percent(r.agree)} phiếu của nhóm đồng ý (of the group's votes agree); repness ${cliNumber(r.repness)} / ${formatNumber(r.repness, 'en', { digits: 2 })}`);
    }
  }
  const agreed = map.consensus.agree.map((c) => c.statement);
  out.push('', `Đồng thuận (consensus), mọi người đồng ý (all agree): ${agreed.length > 0 ? agreed.join(', ') : '—'}`);
  return `${out.join('\n')}\n`;
}
