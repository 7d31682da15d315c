/**
 * Search over the embedded index. Start with {@link org.igfatlas.search.AtlasSearcher}: it holds the reader (refreshed
 * when a new commit appears) and answers a {@link org.igfatlas.search.SearchRequest} (query parsed by
 * {@link org.igfatlas.search.AtlasQueryParser}, filters, multi-select facet counts by
 * {@link org.igfatlas.search.MultiSelect}) with a {@link org.igfatlas.search.SearchResponse}. One job per helper:
 * {@code BestPassages} (a document's best passages for {@code unit=document}), {@code Snippets} (highlighting and
 * escaping), {@code StoredHits} (stored fields to hits), {@code DocumentReader} (a document as a
 * {@link org.igfatlas.search.DocumentView}, page by page), {@code Boilerplate} (what analytics leave out). Bounds
 * live in {@link org.igfatlas.search.Limits}; bad input is a {@link org.igfatlas.search.BadRequestException}, a
 * missing document a {@link org.igfatlas.search.NotFoundException}. Used through {@code org.igfatlas.backend}.
 */
package org.igfatlas.search;
