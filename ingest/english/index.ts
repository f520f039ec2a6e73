// The English finders, with the signatures of the Chinese ones, for extract.ts to dispatch to.
export { findEnglishClaims } from "./claims.ts";
export { englishArticleDate, englishEventDate } from "./dates.ts";
export { findEnglishMentions } from "./entities.ts";
export { findEnglishRelations } from "./relations.ts";
