/** The update that puts an opened document into the editor: the analyst's content as saved, not new writing. */
export const DOCUMENT_LOAD_TAG = 'briefwright-document-load';
