// Exactly what leaves the server about a contribution: its file by name, type, size and where to get it.
import type { Contribution } from './contribution.service';

export const contributionFileUrl = (forumId: string, id: string) => `/api/forums/${forumId}/contributions/${id}/file`;

export function presentContribution(c: Contribution) {
  return {
    id: c.id,
    sessionId: c.sessionId,
    speaker: c.speaker,
    organisation: c.organisation,
    title: c.title,
    abstract: c.abstract,
    illustrative: c.illustrative,
    file: c.fileName && c.fileType && c.fileSize !== null ? { name: c.fileName, mediaType: c.fileType, size: c.fileSize, url: contributionFileUrl(c.forumId, c.id) } : null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
