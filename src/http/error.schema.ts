// The one shape of every error answer (4xx), declared once: routes and the OpenAPI document use it.
import { z } from 'zod';

const errorFields = z.object({ code: z.string(), message: z.string(), vi: z.string(), en: z.string() });

export const errorResponse = z.object({ error: errorFields }).meta({ id: 'Error' });

/** One bad row of an uploaded file: where it is (sheet, row, column when known) and what is wrong. */
export const fileProblem = z
  .object({ sheet: z.string(), row: z.number().int().nullable(), column: z.string().nullable(), vi: z.string(), en: z.string() })
  .meta({ id: 'FileProblem' });

/** An upload refused: every bad row listed in `problems` when the file was read, none when it could not be. */
export const fileErrorResponse = z.object({ error: errorFields.extend({ problems: z.array(fileProblem).optional() }) }).meta({ id: 'FileError' });
