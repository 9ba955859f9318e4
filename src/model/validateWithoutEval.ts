// Imported first by a page whose Content-Security-Policy forbids compiling code at run time (the
// exported standalone page): the validator then checks data without `new Function`. zod decides
// whether it may compile as each schema is made, so this must run before schema.ts does.
import { z } from 'zod';

z.config({ jitless: true });
