package org.igfatlas.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Annotation cache on disk: one gzipped JSON file per (content hash, pipeline id), written atomically, so that
 * re-indexing unchanged text (after a schema change, with {@code --force}, into a new index) never runs CoreNLP
 * again. A corrupt entry counts as a miss.
 */
public final class NlpCache {
  private static final ObjectMapper JSON = org.igfatlas.schema.Resources.JSON;
  private final Path dir;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  public NlpCache(Path dir) {
    this.dir = dir;
  }

  Enrichment get(String key) {
    Path f = file(key);
    if (Files.isRegularFile(f)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        Enrichment e = JSON.readValue(in, Enrichment.class);
        hits.incrementAndGet();
        return e;
      } catch (IOException | RuntimeException e) {
        // unreadable entry: recompute
      }
    }
    misses.incrementAndGet();
    return null;
  }

  void put(String key, Enrichment e) {
    Path f = file(key);
    try {
      Files.createDirectories(f.getParent());
      Path tmp = Files.createTempFile(f.getParent(), "nlp", ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        JSON.writeValue(out, e);
      }
      Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException ex) {
      // the cache is an optimisation: a failed write only costs a recomputation later
    }
  }

  public long hits() {
    return hits.get();
  }

  public long misses() {
    return misses.get();
  }

  private Path file(String key) {
    try {
      String h = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
      return dir.resolve(h.substring(0, 2)).resolve(h + ".json.gz");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
