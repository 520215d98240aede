// What a log line may not carry: a ballot link's token (/vote/{token}, with the client address beside
// it, would tie a ballot page to a person) and query values named like secrets. Applied to whole
// lines, so the request log, "route not found" messages and error texts are all covered.
const VOTE_PATH = /(\/vote\/)[^/?#"\s\\]+/gi;
const SECRET_QUERY = /([?&](?:token|code|contact)=)[^&#"\s\\]+/gi;

export function redactLogLine(line: string): string {
  return line.replace(VOTE_PATH, '$1[token]').replace(SECRET_QUERY, '$1[redacted]');
}
