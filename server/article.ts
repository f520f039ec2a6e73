// Reads the article out of an ingest or preview request: JSON {text, title?, source?, date?},
// a text/plain body, or a multipart upload (a `file` field plus optional form fields).
// ingest/decode.ts reads the bytes (UTF-8, UTF-16) and refuses empty, binary and HTML input.
import type { FastifyRequest } from "fastify";
import { checkArticleText, decodeArticle } from "../ingest/decode.ts";
import { HttpError } from "./errors.ts";

export interface ArticleInput {
  text: string;
  title?: string;
  source?: string;
  date?: string;
  file?: string;
}

const META_FIELDS = ["title", "source", "date"] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function readArticle(request: FastifyRequest): Promise<ArticleInput> {
  if (request.isMultipart()) return readUpload(request);
  const body = request.body;
  if (Buffer.isBuffer(body)) return { text: decodeArticle(body) };
  const { text, ...meta } = body as ArticleInput;
  return { text: checkArticleText(text), ...meta };
}

async function readUpload(request: FastifyRequest): Promise<ArticleInput> {
  let bytes: Buffer | undefined;
  let file: string | undefined;
  const meta: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        bytes = await part.toBuffer();
        file = part.filename || undefined;
      } else if ((META_FIELDS as readonly string[]).includes(part.fieldname)) {
        meta[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    // The multipart parser's own errors (a size limit: 413) keep their status; a body it cannot read is the client's.
    if ((error as { statusCode?: number }).statusCode) throw error;
    throw new HttpError(400, `malformed multipart body: ${(error as Error).message}`);
  }
  if (!bytes) throw new HttpError(400, "the upload has no file: send the article in a `file` field");
  if (meta.date !== undefined && !ISO_DATE.test(meta.date)) throw new HttpError(400, "date must be YYYY-MM-DD");
  return { text: decodeArticle(bytes), ...meta, file };
}
