package dev.canopy.domain.sample;

import dev.canopy.domain.computer.Software;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How well a tenant's computers keep up with what is deployed to them, and the inventories that follow: every
 * computer carries the MSP's managed titles (and its client's line-of-business application), most at the current
 * version; a computer falls behind on a title with the tenant's lag times the title's weight. Most clients lag
 * little, a few much, and browsers lag most, so the fleet is mostly compliant with the failures where a real one
 * has them.
 */
final class SampleFleet {

    /** Titles the MSP deploys everywhere, with how easily each falls behind. */
    private static final List<String> MANAGED = List.of("Google Chrome", "7-Zip", "SentinelOne Agent");
    private static final double[] MANAGED_WEIGHT = {1.0, 0.4, 0.6};
    private static final double LINE_OF_BUSINESS_WEIGHT = 0.8;
    /** Titles only a client's own deployment asks for; never among the random extras. */
    private static final Set<String> LINE_OF_BUSINESS = Set.of("Dentrix", "QuickBooks Desktop", "AutoCAD LT");

    /**
     * @param lineOfBusiness the client's own required title, or null
     * @param chromeBanned   a deployment up the path wants Google Chrome absent
     * @param lag            chance that a computer is behind on a title of weight 1
     */
    record Profile(String lineOfBusiness, boolean chromeBanned, double lag) {

        Profile banningChrome() {
            return new Profile(lineOfBusiness, true, lag);
        }
    }

    static final Profile MSP = new Profile(null, false, 0.02);

    private final Random random;

    SampleFleet(Random random) {
        this.random = random;
    }

    /** A client's lag: about 4 in 5 keep up well, some lag, a few are far behind. */
    Profile client(String lineOfBusiness) {
        int roll = random.nextInt(100);
        double lag = roll < 78 ? 0.01 + random.nextDouble() * 0.04 : roll < 94 ? 0.10 + random.nextDouble() * 0.12 : 0.30 + random.nextDouble() * 0.15;
        return new Profile(lineOfBusiness, false, lag);
    }

    /** A computer's inventory: the managed titles as the profile has them, then 3–8 other applications. */
    List<Software> inventory(Profile profile) {
        List<Software> items = new ArrayList<>(12);
        Set<String> have = new HashSet<>();
        for (int i = 0; i < MANAGED.size(); i++) {
            String title = MANAGED.get(i);
            if (title.equals("Google Chrome") && profile.chromeBanned()) {
                // a few were missed when it was removed
                if (random.nextDouble() < profile.lag() * 0.5) {
                    items.add(installed(title, false));
                }
                have.add(title);
                continue;
            }
            managed(title, profile.lag() * MANAGED_WEIGHT[i], items);
            have.add(title);
        }
        if (profile.lineOfBusiness() != null) {
            managed(profile.lineOfBusiness(), profile.lag() * LINE_OF_BUSINESS_WEIGHT, items);
            have.add(profile.lineOfBusiness());
        }
        int extras = 3 + random.nextInt(6);
        for (int tries = 0; extras > 0 && tries < 40; tries++) {
            String[] s = SampleNames.SOFTWARE.get(random.nextInt(SampleNames.SOFTWARE.size()));
            if (!LINE_OF_BUSINESS.contains(s[0]) && have.add(s[0])) {
                items.add(new Software(s[0], s[2 + random.nextInt(s.length - 2)], s[1]));
                extras--;
            }
        }
        return items;
    }

    /** A managed title: current, or (with the chance given) behind; one time in five "behind" means never installed. */
    private void managed(String title, double behind, List<Software> items) {
        if (random.nextDouble() >= behind) {
            items.add(installed(title, true));
        } else if (random.nextInt(5) > 0) {
            items.add(installed(title, false));
        }
    }

    /** The title at its newest version (the last listed) or at an older one. */
    private Software installed(String title, boolean current) {
        String[] s = SampleNames.software(title);
        int newest = s.length - 1;
        return new Software(s[0], s[current ? newest : 2 + random.nextInt(newest - 2)], s[1]);
    }
}
