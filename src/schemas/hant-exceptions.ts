/** content/editions/zh-hant.json: what the 繁體 converter gets wrong, and the right form. */
import { z } from 'zod';

const han = /\p{Script=Han}/u;

export const hantExceptionSchema = z
  .object({
    simplified: z.string().min(1).regex(han, 'write the Simplified text as the report has it (it must contain Chinese characters)'),
    traditional: z.string().min(1).regex(han, 'write the Traditional text it must become'),
    why: z.string().min(1, 'say why the converter is wrong here (a dictionary, a surname, a name), so the next editor can judge'),
  })
  .strict();

export const hantExceptionsSchema = z
  .object({
    $schema: z.string().optional(),
    $comment: z.string().optional(),
    entries: z.array(hantExceptionSchema),
  })
  .strict();
