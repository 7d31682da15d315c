/**
 * Figures computed over the index: term and topic trends per year ({@link org.igfatlas.analytics.TrendService}),
 * NRI priority topics ({@link org.igfatlas.analytics.NriPriorities}), keyword-in-context lines
 * ({@link org.igfatlas.analytics.Concordance}), distinctive words ({@link org.igfatlas.analytics.Keyness}), long facet
 * lists ({@link org.igfatlas.analytics.FacetBrowser}) and near-duplicate grouping; each answer says its
 * {@code method}. Results are cached per index version by {@link org.igfatlas.analytics.ResultCache}.
 */
package org.igfatlas.analytics;
