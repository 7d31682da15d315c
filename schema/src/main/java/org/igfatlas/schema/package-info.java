/**
 * What the indexer and the search API both read, and nothing that needs Tika or CoreNLP. Start with
 * {@link org.igfatlas.schema.IndexSchema}: every field name, analyzer, facet dimension and the schema version. The
 * vocabularies are data files beside these classes, each with one loader: {@link org.igfatlas.schema.Taxonomy}
 * (meetings and their tracks, themes, session types, document kinds, NRIs and UN regional groups),
 * {@link org.igfatlas.schema.TopicVocabulary} ({@code topics.json}), {@link org.igfatlas.schema.ActorVocabulary}
 * ({@code actors.json}) and {@link org.igfatlas.schema.StakeholderGroups} ({@code stakeholders.json});
 * {@link org.igfatlas.schema.Resources} reads them (one class-path loader, one JSON mapper). May use Lucene's core,
 * analysis and facet modules and Jackson, nothing else.
 */
package org.igfatlas.schema;
