package dev.canopy.store;

/** How many records an export wrote or a restore read, per kind (software: inventory lines of all computers). */
public record RecordCounts(int tenants, int preferences, int schedules, int deployments, int people, int computers, long software) {

    public static final RecordCounts NONE = new RecordCounts(0, 0, 0, 0, 0, 0, 0);

    /** "12 tenants, 340 computers (5,120 software lines), 40 people, 9 schedules, 14 deployments and 22 preference rows". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%,d tenants, %,d computers (%,d software lines), %,d people, %,d schedules,"
                + " %,d deployments and %,d preference rows", tenants, computers, software, people, schedules, deployments, preferences);
    }

    /** These counts and one more tenant with its records. */
    public RecordCounts plus(StoreSnapshot.TenantRecords r) {
        long lines = 0;
        for (var computer : r.computers()) {
            lines += computer.software().size();
        }
        return new RecordCounts(tenants + 1, preferences + r.preferences().size(), schedules + r.schedules().size(),
                deployments + r.deployments().size(), people + r.people().size(), computers + r.computers().size(), software + lines);
    }
}
