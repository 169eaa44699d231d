package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class BillingAddressMapperTest {

    @DatabaseTest
    void keepsTheNewestStateWithARisingVersion(TestDatabase database) {
        Store store = database.store();
        assertNull(store.transaction(s -> s.mapper(BillingAddressMapper.class).find("16371")));
        BillingAddressRow first = address("Kerkstraat", 0);
        assertEquals(1, (int) store.transaction(s -> s.mapper(BillingAddressMapper.class).insertIfMissing(first)));
        assertEquals(0, (int) store.transaction(s -> s.mapper(BillingAddressMapper.class).insertIfMissing(first)));
        assertEquals(first, store.transaction(s -> s.mapper(BillingAddressMapper.class).find("16371")));

        assertEquals(1, (int) store.transaction(s -> s.mapper(BillingAddressMapper.class)
                .replace(address("Veldstraat", 99))));
        assertEquals(address("Veldstraat", 1), store.transaction(s -> s.mapper(BillingAddressMapper.class).find("16371")));
        assertEquals(0, (int) store.transaction(s -> s.mapper(BillingAddressMapper.class)
                .replace(new BillingAddressRow("other", "1", null, null, null, null, null, null, null, null, null, 0,
                        Rows.NOW))));
    }

    @DatabaseTest
    void changesStoredAtOnceByTwoNodesGetDistinctVersions(TestDatabase database) throws Exception {
        Store store = database.store();
        store.execute(s -> s.mapper(BillingAddressMapper.class).insertIfMissing(address("Kerkstraat", 0)));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<Long>>> both = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                both.add(() -> {
                    List<Long> versions = new ArrayList<>();
                    for (int change = 0; change < 20; change++) {
                        versions.add(store.transaction(s -> {
                            s.mapper(BillingAddressMapper.class).replace(address("Veldstraat", 0));
                            return s.mapper(BillingAddressMapper.class).find("16371").version();
                        }));
                    }
                    return versions;
                });
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> node : nodes.invokeAll(both)) {
                all.addAll(node.get());
            }
            assertEquals(40, all.stream().distinct().count());
            assertEquals(40L, all.stream().mapToLong(Long::longValue).max().getAsLong());
        } finally {
            nodes.shutdownNow();
        }
    }

    private static BillingAddressRow address(String street, long version) {
        return new BillingAddressRow("16371", "19724", "Familie", "Familie Peeters", street, "12", "B", "9000",
                "Gent", "BE", "a@example.be,b@example.be", version, Rows.NOW);
    }
}
