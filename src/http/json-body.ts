// JSON bodies as Fastify parses them (prototype poisoning refused), except that an empty body is
// taken as `{}`: clients posting to an action route such as /open often set the JSON content type
// without sending anything, and "Body cannot be empty" helps nobody.
import type { FastifyInstance } from 'fastify';

export function acceptEmptyJson(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = body.toString();
    if (text.trim() === '') return done(null, {});
    return parse(req, text, done);
  });
}
