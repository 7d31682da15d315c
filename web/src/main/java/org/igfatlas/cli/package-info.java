/**
 * The {@code igf} command line (picocli): {@code index}, {@code serve}, {@code eval} (tagging, recommendations,
 * topics, entities, passages) and {@code bench}, one class per command.
 */
package org.igfatlas.cli;
