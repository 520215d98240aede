// A statement as participants write it, and the form two statements are compared in: one statement
// "Chính quyền số!" and another "chinh quyen  so" are the same statement (lower case, diacritics and đ
// folded by core/text, punctuation and symbols dropped, whitespace collapsed). Length counts characters
// (code points of the NFC text), as a person counts them.
import { vnFold } from '../text';

/** NFC, trimmed, inner whitespace runs as one space. */
export const cleanStatement = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** What duplicates are found by: "Chính quyền số!" → "chinh quyen so". */
export const normaliseStatement = (text: string): string =>
  vnFold(text).replace(/[\p{P}\p{S}]/gu, ' ').replace(/\s+/gu, ' ').trim();

export const statementLength = (text: string): number => [...cleanStatement(text)].length;
