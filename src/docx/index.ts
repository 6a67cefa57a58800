/** Public API of the .docx reader (Node and browser). */
export {
  readDocx,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DOCUMENT_XML_BYTES,
  DEFAULT_MAX_PART_BYTES,
  DEFAULT_MAX_UNPACKED_BYTES,
  type ReadDocxOptions,
} from "./read";
export { DocxReadError, isDocxReadError, type DocxErrorCode } from "./errors";
export { formatNumber, chineseCounting } from "./numbering";
export { headingLevelFromName } from "./styles";
export { readMaterial, isMaterialName, MaterialReadError, MATERIAL_EXTENSIONS } from "./material";
