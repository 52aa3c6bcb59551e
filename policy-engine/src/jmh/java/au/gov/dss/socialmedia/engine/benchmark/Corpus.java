package au.gov.dss.socialmedia.engine.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic corpus of realistic public comments on the department's accounts: mixed Australian English,
 * payments and services, places, amounts and dates, identifiers (phone numbers, e-mail addresses, tax file and
 * Medicare numbers, street addresses), the odd protective marking, emoji, and profanity (some disguised) in about
 * one comment in twenty. The same seed always gives the same corpus.
 */
public final class Corpus {

    /** The size the benchmark needs: at least 50 MB of UTF-8. */
    public static final long TARGET_BYTES = 50_000_000L;

    private static final String[] OPENERS = {"Thanks for the update.", "G'day,", "Hi DSS,", "Hello team,",
            "Quick question:", "Not happy.", "Honestly,", "Good on you for posting this.", "Mate,", "Hi there,",
            "Can someone please help?", "This is so confusing.", "Great news for carers!", "Finally!",
            "I've been waiting for weeks.", "Cheers for the info."};
    private static final String[] PAYMENTS = {"Carer Payment", "Carer Allowance", "Age Pension", "JobSeeker",
            "Family Tax Benefit", "Parenting Payment", "Rent Assistance", "Disability Support Pension",
            "Youth Allowance", "the Energy Supplement", "Paid Parental Leave", "the NDIS", "Austudy",
            "the Seniors Health Card"};
    private static final String[] PLACES = {"Dubbo", "Wagga Wagga", "Ballarat", "Townsville", "Toowoomba",
            "Geelong", "Launceston", "Cairns", "Bendigo", "Albury", "Mildura", "Broome", "Alice Springs",
            "Bunbury", "Gympie", "Tamworth", "Orange", "Mount Isa", "Port Augusta", "Katherine", "Canberra",
            "Penrith", "Logan", "Frankston", "Joondalup", "Cockburn", "Scunthorpe"};
    private static final String[] MIDDLES = {"When will %s be paid? I applied %s ago and still nothing.",
            "My %s has been on %s since the start of the year and it's been a lifesaver.",
            "The office in %s was really helpful, the staff explained %s properly.",
            "Does %s go up with indexation in %s? The letter didn't say.",
            "I rang three times about %s and got cut off each time, waited %s on hold.",
            "How do I update my income for %s? The app keeps crashing on my phone in %s.",
            "We live in %s and the nearest service centre is two hours away, can we do %s online?",
            "Is %s means tested? My partner earns about $%d a fortnight.",
            "Our family relies on %s, please don't cut it. We're in %s.",
            "I reckon %s should be easier to claim, the forms took me %s.",
            "Appreciate the clear post about %s. Shared it with my mum in %s."};
    private static final String[] RELATIVES = {"mum", "dad", "son", "daughter", "partner", "nan", "brother",
            "sister", "neighbour", "mate"};
    private static final String[] DURATIONS = {"six weeks", "a month", "three months", "ten days", "ages",
            "two hours", "45 minutes", "a fortnight", "half a year"};
    private static final String[] CLOSERS = {"Cheers.", "Thanks in advance!", "Any help appreciated.",
            "Please fix this.", "Keep up the good work.", "Not good enough.", "Hope this helps others.",
            "Regards, a frustrated carer.", "Love your work 👍", "😊", "🙏🙏", "Cheers 🇦🇺", "What a joke.", ""};
    private static final String[] PROFANE = {"This is bullshit.", "What the fuck is going on?", "f*ck this system",
            "absolute sh1t service", "bloody hell, again?", "you useless bastards", "fuuuuck off with the wait",
            "total crap", "piss off", "you dickheads", "this shiiit is broken", "b!tch of a form"};

    private Corpus() {
    }

    /** The comments, generated from the seed until they make at least {@code targetBytes} of UTF-8. */
    public static List<String> comments(long seed, long targetBytes) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        long bytes = 0;
        StringBuilder sb = new StringBuilder(512);
        while (bytes < targetBytes) {
            String comment = comment(random, sb);
            out.add(comment);
            bytes += comment.getBytes(StandardCharsets.UTF_8).length;
        }
        return out;
    }

    /** The number of UTF-8 bytes of the comments. */
    public static long utf8Bytes(List<String> comments) {
        long bytes = 0;
        for (String c : comments) {
            bytes += c.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    /** One comment of about 280 characters typical of the corpus, for latency measurements. */
    public static String typicalComment() {
        return "Hi DSS, my mum has been on Carer Payment since the start of the year and it's been a lifesaver. "
                + "The office in Dubbo was really helpful, but I rang about Rent Assistance and waited two hours "
                + "on hold. Call me on 0412 345 678 if you can help. Cheers 👍 Keep up the good work, seriously.";
    }

    private static String pick(Random random, String[] items) {
        return items[random.nextInt(items.length)];
    }

    private static String comment(Random random, StringBuilder sb) {
        sb.setLength(0);
        sb.append(pick(random, OPENERS)).append(' ');
        int sentences = 1 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            String template = pick(random, MIDDLES);
            String a = random.nextBoolean() ? pick(random, PAYMENTS) : pick(random, RELATIVES);
            String b = random.nextBoolean() ? pick(random, PLACES) : pick(random, DURATIONS);
            if (template.contains("%d")) {
                sb.append(String.format(template, pick(random, PAYMENTS), 200 + random.nextInt(3000)));
            } else {
                sb.append(String.format(template, a, b));
            }
            sb.append(' ');
        }
        int extra = random.nextInt(100);
        if (extra < 5) {
            sb.append("Call me on 04").append(10 + random.nextInt(89)).append(' ').append(100 + random.nextInt(899))
                    .append(' ').append(100 + random.nextInt(899)).append(". ");
        } else if (extra < 8) {
            sb.append("Email me at ").append(pick(random, RELATIVES)).append(random.nextInt(999))
                    .append("@example.com.au. ");
        } else if (extra < 10) {
            sb.append("My TFN is ").append(100 + random.nextInt(899)).append(' ').append(100 + random.nextInt(899))
                    .append(' ').append(100 + random.nextInt(899)).append(". ");
        } else if (extra < 11) {
            sb.append("Medicare 2123 45670 1, DOB 12/03/1985. ");
        } else if (extra < 13) {
            sb.append("I live at ").append(1 + random.nextInt(200)).append(" Wattle Street, ")
                    .append(pick(random, PLACES)).append(". ");
        } else if (extra < 14) {
            sb.append(random.nextBoolean() ? "OFFICIAL: Sensitive " : "[SEC=PROTECTED] ");
        } else if (extra < 20) {
            sb.append("Up ").append(random.nextInt(40)).append("% since ").append(2015 + random.nextInt(10))
                    .append(". ");
        }
        if (random.nextInt(20) == 0) {
            sb.append(pick(random, PROFANE)).append(' ');
        }
        sb.append(pick(random, CLOSERS));
        return sb.toString().strip();
    }
}
