package org.newslens.common.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.ExecutorMetrics;
import org.apache.spark.status.api.v1.ExecutorSummary;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What a run used, for the manifest's {@code resources} section: the driver JVM's CPU time, heap
 * and peak resident memory, and the executors' peak heap as Spark's executor metrics report it (in
 * local mode the driver is the only executor). A value the platform does not offer is left out.
 */
public final class RunResources {
  private RunResources() {}

  public static Map<String, Object> of(SparkContext sc) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      out.put("driver_cpu_seconds", os.getProcessCpuTime() / 1e9);
    }
    out.put("driver_heap_max_bytes", Runtime.getRuntime().maxMemory());
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    out.put("driver_peak_heap_bytes", peakHeap);
    Long rss = peakResidentBytes();
    if (rss != null) {
      out.put("driver_peak_rss_bytes", rss);
    }
    long executorPeak = 0;
    int executors = 0;
    for (ExecutorSummary e : CollectionConverters.asJava(sc.statusStore().executorList(false))) {
      executors++;
      if (e.peakMemoryMetrics().isDefined()) {
        ExecutorMetrics m = e.peakMemoryMetrics().get();
        executorPeak = Math.max(executorPeak, m.getMetricValue("JVMHeapMemory"));
      }
    }
    out.put("executors", executors);
    if (executorPeak > 0) {
      out.put("executor_peak_heap_bytes", executorPeak);
    }
    return out;
  }

  /** VmHWM of /proc/self/status, the process's peak resident set (Linux only), or null. */
  static Long peakResidentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring(6).replace("kB", "").strip();
          return Long.parseLong(kb) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }
}
