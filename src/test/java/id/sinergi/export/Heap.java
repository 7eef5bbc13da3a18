package id.sinergi.export;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap use between a reset and now: the sum of the heap pools' peaks after a collection at the reset (what the
 * heap held at most, garbage included), and the most the heap still held right after a collection (what was live).
 */
final class Heap {

    private static final AtomicLong MAX_AFTER_GC = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        long used = 0;
                        for (Map.Entry<String, MemoryUsage> pool : GarbageCollectionNotificationInfo.from(
                                (CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            used += HEAP_POOLS.contains(pool.getKey()) ? pool.getValue().getUsed() : 0;
                        }
                        MAX_AFTER_GC.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    private Heap() {
    }

    static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        MAX_AFTER_GC.set(0);
    }

    static long peakBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The most the heap held right after a collection since the reset (0 when none ran). */
    static long maxAfterGcBytes() {
        return MAX_AFTER_GC.get();
    }
}
