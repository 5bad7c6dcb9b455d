package dev.canopy.domain.sample;

import java.util.List;

/** Word lists the sample generator draws realistic names from. */
final class SampleNames {

    private SampleNames() {
    }

    static final List<String> CLIENT_FIRST = List.of(
            "Alder", "Birch", "Cedar", "Summit", "Harbor", "Granite", "Meadow", "Riverside", "Northgate", "Bluewater",
            "Oakridge", "Pinecrest", "Redwood", "Silverline", "Stonebridge", "Lakeside", "Brightwater", "Ironwood",
            "Maple", "Westfield", "Eastbrook", "Copperfield", "Fairview", "Highland", "Kingsley", "Lincoln", "Madison",
            "Orchard", "Prairie", "Quarry", "Rosewood", "Sterling", "Trinity", "Union", "Valley", "Willow", "Yorkshire",
            "Apex", "Beacon", "Crescent", "Delta", "Evergreen", "Foxhill", "Glenwood", "Hawthorne", "Juniper", "Keystone");

    static final List<String> CLIENT_TRADE = List.of(
            "Dental", "Legal", "Logistics", "Accounting", "Engineering", "Medical", "Realty", "Construction",
            "Veterinary", "Architects", "Insurance", "Manufacturing", "Pharmacy", "Consulting", "Printing", "Foods",
            "Motors", "Clinic", "Partners", "Capital", "Design", "Labs", "Outfitters", "Hospitality", "Schools");

    static final List<String> CLIENT_SUFFIX = List.of("", "", "", " Group", " LLC", " Inc.", " & Co", " Ltd");

    static final List<String> CITIES = List.of(
            "Austin", "Boston", "Chicago", "Denver", "Dallas", "Seattle", "Portland", "Phoenix", "Atlanta", "Miami",
            "Berlin", "Hamburg", "Munich", "Vienna", "Zurich", "London", "Leeds", "Dublin", "Paris", "Lyon", "Madrid",
            "Toronto", "Vancouver", "Sydney", "Auckland", "Oslo", "Lisbon", "Prague", "Warsaw", "Milan");

    static final List<String> DEPARTMENTS = List.of(
            "Finance", "Sales", "Operations", "HR", "Marketing", "Engineering", "Support", "Warehouse", "Front Desk",
            "Research", "Legal", "Procurement", "Facilities", "Training");

    static final List<String> SUB_PATTERNS = List.of("%s Office", "Branch %s", "%s Department", "%s Site", "%s Division");

    static final List<String> FIRST_NAMES = List.of(
            "Alex", "Blair", "Casey", "Dana", "Elliot", "Frankie", "Gabriel", "Harper", "Isla", "Jordan", "Kai", "Logan",
            "Morgan", "Noah", "Olivia", "Parker", "Quinn", "Riley", "Sam", "Taylor", "Uma", "Victor", "Wren", "Yara",
            "Zoe", "Amelia", "Ben", "Chloe", "David", "Emma", "Finn", "Grace", "Hugo", "Ivy", "Jack", "Lena", "Mia");

    static final List<String> LAST_NAMES = List.of(
            "Anderson", "Brown", "Clark", "Davis", "Evans", "Fischer", "Garcia", "Hughes", "Ivanova", "Johnson",
            "Keller", "Lopez", "Martin", "Nguyen", "Olsen", "Patel", "Quinn", "Rossi", "Schmidt", "Turner", "Ueda",
            "Vargas", "Walker", "Xu", "Young", "Zimmer", "Baker", "Cole", "Dunn", "Ellis", "Ford", "Grant", "Hale");

    /** OS name and version pairs, most common first. */
    static final List<String[]> OPERATING_SYSTEMS = List.of(
            new String[]{"Windows 11 Pro", "23H2"}, new String[]{"Windows 11 Pro", "24H2"},
            new String[]{"Windows 10 Pro", "22H2"}, new String[]{"Windows 11 Enterprise", "24H2"},
            new String[]{"Windows Server 2022", "21H2"}, new String[]{"Windows Server 2019", "1809"},
            new String[]{"macOS Sonoma", "14.6"}, new String[]{"macOS Sequoia", "15.1"}, new String[]{"Ubuntu", "22.04"});

    /** A title's row of {@link #SOFTWARE}. */
    static String[] software(String name) {
        for (String[] s : SOFTWARE) {
            if (s[0].equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no sample software is called " + name);
    }

    /** Software name, publisher and the versions seen in the field, oldest first: the last is the current release. */
    static final List<String[]> SOFTWARE = List.of(
            new String[]{"Google Chrome", "Google LLC", "129.0.6668.90", "130.0.6723.70", "131.0.6778.86"},
            new String[]{"Mozilla Firefox", "Mozilla", "131.0.3", "132.0.2"},
            new String[]{"Microsoft Edge", "Microsoft Corporation", "130.0.2849.68", "131.0.2903.51"},
            new String[]{"Microsoft 365 Apps", "Microsoft Corporation", "16.0.17928", "16.0.18129"},
            new String[]{"Adobe Acrobat Reader", "Adobe", "24.003.20180", "24.004.20220"},
            new String[]{"7-Zip", "Igor Pavlov", "23.01", "24.08"},
            new String[]{"Zoom Workplace", "Zoom Video Communications", "6.2.5", "6.3.0"},
            new String[]{"Microsoft Teams", "Microsoft Corporation", "24295.605", "24306.1206"},
            new String[]{"Notepad++", "Notepad++ Team", "8.6.9", "8.7.1"},
            new String[]{"VLC media player", "VideoLAN", "3.0.20", "3.0.21"},
            new String[]{"Slack", "Slack Technologies", "4.40.128", "4.41.97"},
            new String[]{"Dropbox", "Dropbox, Inc.", "210.4.4524", "212.4.6232"},
            new String[]{"Java Runtime 17", "Eclipse Adoptium", "17.0.12", "17.0.13"},
            new String[]{"Python 3.12", "Python Software Foundation", "3.12.6", "3.12.7"},
            new String[]{"QuickBooks Desktop", "Intuit", "34.0.R5", "34.0.R7"},
            new String[]{"Dentrix", "Henry Schein One", "23.4", "24.1"},
            new String[]{"AutoCAD LT", "Autodesk", "2024.1", "2025.0"},
            new String[]{"SentinelOne Agent", "SentinelOne", "23.4.4.223", "24.1.2.6"},
            new String[]{"Huntress Agent", "Huntress Labs", "0.14.38", "0.14.42"},
            new String[]{"ScreenConnect Client", "ConnectWise", "24.2.7", "24.3.7"},
            new String[]{"Webroot SecureAnywhere", "Webroot", "9.0.36.40", "9.0.37.44"},
            new String[]{"Cisco Secure Client", "Cisco Systems", "5.1.4.74", "5.1.5.65"},
            new String[]{"Visual Studio Code", "Microsoft Corporation", "1.94.2", "1.95.3"},
            new String[]{"Git", "The Git Development Community", "2.46.2", "2.47.0"},
            new String[]{"Citrix Workspace", "Citrix Systems", "2409", "2411"});
}
