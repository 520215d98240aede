export { DEFAULT_DOCUMENT_LIMITS, declaresWordDocument, pdfHasEnd, type DocumentLimits } from './document';
