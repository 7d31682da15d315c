/**
 * The seam between the HTTP layer and an index: {@link org.igfatlas.backend.Backend} lists what the API asks
 * (search, documents, trends, NRI priorities, concordance, keywords, facet values, health) in plain records;
 * {@link org.igfatlas.backend.LuceneBackend} answers from the embedded Lucene index. The HTTP layer
 * ({@code org.igfatlas.http}) sees only this interface, so another engine can serve the same API and UI.
 */
package org.igfatlas.backend;
