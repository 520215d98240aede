export { DEFAULT_DOCUMENT_LIMITS, declaresWordDocument, pdfHasEnd, wordText, type DocumentLimits } from './document';
