// An article's content hash: the SHA-256 of its text. It names the article (graph/schema.ts articleId)
// and makes ingest idempotent; the CLI compares it with the store's before extracting, so this module
// stays apart from the pipeline's (slow to load).
import { createHash } from "node:crypto";

export const articleHash = (text: string): string => createHash("sha256").update(text).digest("hex");
