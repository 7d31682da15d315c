/**
 * What a curator says about a file: {@link org.igfatlas.corpus.Sidecar}, the optional {@code NAME.meta.json}
 * beside it (title, year, meeting, session type, kind, tracks, themes, NRI, source URL), validated when read; a
 * value given there always wins over an automatic tag.
 */
package org.igfatlas.corpus;
