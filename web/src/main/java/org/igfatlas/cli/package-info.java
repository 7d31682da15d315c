/**
 * The {@code igf} command line (picocli): {@code index}, {@code serve} and {@code eval} (tagging, recommendations,
 * topics, entities, passages), one class per command. {@code igf bench} lives in the {@code bench} module.
 */
package org.igfatlas.cli;
