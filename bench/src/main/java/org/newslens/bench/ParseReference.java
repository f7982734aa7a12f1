package org.newslens.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The reference the ingest is measured against: a bare jsoup parse of the same pages, one thread,
 * the pages already in memory as the bytes ingest reads (HTML files, gzipped or not, and the
 * payloads of WARC responses). Prints one JSON line: pages, bytes, CPU seconds, pages and MB per
 * CPU-second.
 *
 * <p>{@code ParseReference --limit N DIR...}
 */
public final class ParseReference {
  private ParseReference() {}

  public static void main(String[] args) throws Exception {
    int limit = Integer.MAX_VALUE;
    List<Path> dirs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--limit")) {
        limit = Integer.parseInt(args[++i]);
      } else {
        dirs.add(Path.of(args[i]));
      }
    }
    List<byte[]> pages = new ArrayList<>();
    for (Path dir : dirs) {
      collect(dir, pages, limit);
    }
    long bytes = pages.stream().mapToLong(p -> p.length).sum();
    // warm the parser up on a few pages, then time one pass over all of them
    for (int i = 0; i < Math.min(300, pages.size()); i++) {
      parse(pages.get(i));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    long nodes = 0;
    for (byte[] page : pages) {
      nodes += parse(page);
    }
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    double wallSeconds = (System.nanoTime() - wall) / 1e9;
    System.out.println(
        String.format(
            Locale.ROOT,
            "{\"pages\":%d,\"bytes\":%d,\"elements\":%d,\"cpu_seconds\":%.3f,\"wall_seconds\":%.3f,"
                + "\"pages_per_cpu_second\":%.1f,\"mb_per_cpu_second\":%.2f}",
            pages.size(),
            bytes,
            nodes,
            cpuSeconds,
            wallSeconds,
            pages.size() / cpuSeconds,
            bytes / 1e6 / cpuSeconds));
  }

  private static int parse(byte[] page) throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(page), null, "https://example.org/")
        .getAllElements()
        .size();
  }

  private static void collect(Path dir, List<byte[]> pages, int limit) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      if (pages.size() >= limit) {
        return;
      }
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      try {
        if (name.endsWith(".html") || name.endsWith(".htm")) {
          pages.add(Files.readAllBytes(f));
        } else if (name.endsWith(".html.gz") || name.endsWith(".htm.gz")) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            pages.add(in.readAllBytes());
          }
        } else if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
          try (WarcReader reader = new WarcReader(f)) {
            for (WarcRecord record : reader) {
              if (pages.size() >= limit) {
                return;
              }
              if (record instanceof WarcResponse response
                  && response.contentType().base().equals(MediaType.HTTP)
                  && response.http().status() == 200) {
                try (InputStream body = response.http().bodyDecoded().stream()) {
                  pages.add(body.readAllBytes());
                }
              }
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        // a damaged file (the generator plants some) is no page to parse
      }
    }
  }
}
