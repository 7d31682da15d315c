/**
 * Search over the index: {@link org.igfatlas.search.AtlasSearcher} answers a
 * {@link org.igfatlas.search.SearchRequest} (query parsed by {@link org.igfatlas.search.AtlasQueryParser}, filters,
 * multi-select facet counts by {@link org.igfatlas.search.MultiSelect}, passages, documents or recommendations,
 * highlighting) with a {@link org.igfatlas.search.SearchResponse}, and opens one document as a
 * {@link org.igfatlas.search.DocumentView}. Bounds live in {@link org.igfatlas.search.Limits}; bad input is a
 * {@link org.igfatlas.search.BadRequestException}, a missing document a {@link org.igfatlas.search.NotFoundException}.
 */
package org.igfatlas.search;
