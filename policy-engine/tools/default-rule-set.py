#!/usr/bin/env python3
"""Writes src/main/resources/.../rules/default-rule-set.json (the shipped rule set) from the lists below.
The JSON file is the artefact; this script only keeps the lists readable. Run from policy-engine/."""
import json

OFF = "OFFICIAL_POST"; PUB = "PUBLIC_COMMENT"; PER = "PERSONAL_POST"

def sev(official=None, public=None, personal=None):
    d = {}
    if official: d[OFF] = official
    if public: d[PUB] = public
    if personal: d[PER] = personal
    return d

PD_REPLY = ("Hide this comment to protect the commenter, and switch channel. Suggested reply: \"Thanks for getting in "
            "touch. We have hidden your comment because it included personal details, to protect your privacy. "
            "Please don't share personal details here: send us a direct message or call us so we can help with "
            "your circumstances.\"")

def pd(rule_id, type_, detector, what, context=None, terms=None):
    r = {"id": rule_id, "category": "PERSONAL_DETAILS", "type": type_, "detector": detector,
         "severity": sev("BLOCK", "BLOCK", "WARN"),
         "clause": {OFF: "principle.privacy", PUB: "official.switch-channel", PER: "responsibility.privacy"},
         "advice": {OFF: f"Remove the {what}: an official post must never share a person's private details.",
                    PUB: f"The comment shares a {what}. " + PD_REPLY,
                    PER: f"Don't share a {what}, yours or anyone else's: personal details cannot be given to others "
                         "without the owner's consent."}}
    if terms: r["terms"] = terms
    if context: r["context"] = context
    return r

STREET_TYPES = ["street", "st", "road", "rd", "avenue", "ave", "av", "drive", "dr", "court", "ct", "place", "pl",
                "crescent", "cres", "cr", "lane", "ln", "parade", "pde", "terrace", "tce", "highway", "hwy",
                "boulevard", "blvd", "bvd", "close", "cl", "circuit", "cct", "grove", "gr", "way", "square", "sq",
                "esplanade", "esp", "mews", "rise", "row"]

# Threats: only phrases that are threats whatever the sentence around them; the rest is sentence structure
# (OFF-THREAT-SENTENCE), so that "Housework can kill you" and "We trust you will pay" are not threats.
THREATS = ["i will kill you", "i'll kill you", "going to kill you", "gonna kill you", "kys",
           "go kill yourself", "hope you die", "hope u die", "you should die", "you deserve to die",
           "i know where you live", "i will find you", "i'll find you", "watch your back", "blow up the office",
           "bomb the office", "put a bullet in", "slit your throat", "rape you", "hang them", "string them up",
           "should be shot", "should be hanged", "death to"]
# Abusive words that are abuse in any sentence. Words with an innocent sense (pig, trash, filth, vermin,
# parasites, galah, knob) are insults only when aimed at someone (OFF-HARASSMENT).
ABUSE = ["idiot+", "moron+", "imbecile+", "scumbag+", "dropkick+", "dole bludger+", "welfare bludger+",
         "bludger+", "lowlife+", "waste of space", "waste of oxygen", "useless prick+", "prick+", "knobhead+",
         "tosser+", "drongo+"]
HATE = ["go back to where you came from", "go back where you came from", "back where they came from",
        "back to where they came from", "subhuman", "sub human", "towelhead+", "raghead+",
        "abo+", "boong+", "lebo+", "lebs", "curry muncher+", "dago+", "wog+", "jap+", "kraut+", "gook+",
        "poofter+", "shemale+", "spaz", "white power", "heil hitler", "sieg heil", "ethnic cleansing"]
# Lemmas: + gives a noun's forms, ++ a verb's too; the word classes compound-prefixes, compound-suffixes and
# spelling-variants give compounds (motherfucking, cocksuckers, fuckwits) and spellings (fvck, phuck, fuk).
PROFANITY = ["fck++", "kunt+", "fkn", "fkin", "fking", "fk++", "f wit+", "effing", "stfu", "gtfo", "fuck++", "shit++", "cunt+", "bitch++", "bastard+", "wank++", "arsehole+", "asshole+", "twat+",
             "piss off", "pissed off", "pissing", "dick+", "slut+", "whore++", "bollocks", "cocksucker+",
             "cocksucking", "bugger off"]
# Words offensive in one sense and innocent in another: at most a warning, and only guidance on a comment.
AMBIGUOUS = ["coon+", "retarded", "rimming", "pegging", "threesome", "twink+", "sissy", "pussy", "horny", "humping", "orgasm+", "sodomy", "sodomise++", "sodomize++", "spunk", "grope++",
             "sex", "sexy", "cock+", "ass+", "arse+", "balls", "pussy", "slope+", "chink+", "tranny", "trannies",
             "spastic+", "dyke+", "cum", "boner+", "screw you", "screwed", "knob+", "root", "rooted", "bugger++",
             "piss+", "pissed", "mong+", "fag+", "faggot+"]

ALLOW = ["Cockermouth", "Cockburn", "cocktail", "cocktails", "cockatoo", "cockatoos", "cockpit", "Arsenal",
         "buttress", "buttresses", "Cumbria", "cumulative", "shellfish", "Scunthorpe", "Penistone", "Sussex",
         "Essex", "Middlesex", "Dickson", "Dick Smith", "Moby Dick", "Dick Whittington", "Philip K Dick",
         "spotted dick", "Christ Church", "Christchurch", "Jesus Christ Superstar", "Hell's Gate",
         "Bloody Mary", "Hancock", "Peacock", "Woodcock", "Babcock", "Hitchcock", "Slough", "Clitheroe",
         "Shitterton", "Twatt", "Penistone", "analysis", "analyst", "grape", "drape", "therapist", "assess",
         "assessment", "class", "classic", "passage", "bass", "embassy", "scrap", "scrape", "cockney",
         "Matsushita", "Titicaca", "Arsenault", "Wankie", "pussy willow", "Cox's Bazar", "Bitche",
         "Lake Titicaca", "Nob Hill", "Bugger Bay", "Mount Buggery", "Dicks Creek", "Shag Point",
         "Fukuoka", "Kunming", "hell of a", "Hellfire Pass", "coon hound", "sand dyke", "dyke wall", "Van Dyke",
         "sea dyke", "spicy", "spice"]

OFFICIAL_Q = ["Could my comments cause the department's clients or other stakeholders to lose confidence in my "
              "ability to work in an impartial and professional manner?",
              "Are my comments consistent with how the community expects the public service to operate and behave?",
              "Could my comments lower or undermine the reputation of the department or the APS?",
              "Are my comments lawful? For example, do they comply with anti-discrimination legislation and laws "
              "relating to defamation?",
              "Would I be comfortable if my manager read my comments?"]

def off(rule_id, type_, terms, official, public, personal, what, extra=None):
    r = {"id": rule_id, "category": "OFFENSIVE", "type": type_, "detector": "LEXICON",
         "severity": sev(official, public, personal),
         "clause": {OFF: "principle.respect", PUB: "principle.respect", PER: "personal.not-offensive"},
         "advice": {OFF: f"Remove the {what}: official content must be courteous and never obscene, threatening, "
                         "harassing, discriminatory or hateful.",
                    PUB: f"The comment contains {what}. Moderate it under the Social Media Terms of Use: hide it, "
                         "and refer threats or harassment of staff under the Bullying and Harassment Policy.",
                    PER: f"Remove the {what}: the APS Code of Conduct applies to personal posts too, even "
                         "anonymous ones."}}
    if terms: r["terms"] = terms
    if extra: r.update(extra)
    return r

NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
RATIO_TERMS = [f"{a} in {b}" for i, a in enumerate(NUMBER_WORDS) for b in NUMBER_WORDS[i + 1:]] + \
              [f"{a} out of {b}" for i, a in enumerate(NUMBER_WORDS) for b in NUMBER_WORDS[i + 1:]]

COMMUNITY_TYPES = {"racial": "DISCRIMINATORY", "religious": "DISCRIMINATORY", "lgbtq": "DISCRIMINATORY",
                   "sexual": "OBSCENE", "shock": "OBSCENE", "general": "PROFANITY"}
COMMUNITY_EXCLUDE = ["rape", "raping", "incest", "date-rape", "anal", "anus", "rectum", "genitals", "vagina",
                     "penis", "breasts", "nipples", "semen", "pornography", "bdsm",
                     # innocent senses (the opposite sex, world domination, a dog collared by a ranger, cum laude,
                     # Cumming): ambiguous words are OFF-AMBIGUOUS, at most a warning
                     "sex", "domination", "collaring", "cum", "cumming", "boner", "ass", "cock",
                     # not offensive language, or innocent in ordinary English (nude, pansy, spunk, grope)
                     "bastinado", "fingering", "grope", "horny", "humping", "intercourse", "jelly-donut", "nude",
                     "orgasm", "pansy", "playboy", "sodomize", "spunk", "pussy", "faggot",
                     # dictionary words with an innocent or clinical sense (riding bareback, a chink of light, a
                     # threesome of friends, skeet shooting, snowballing costs, pegging out washing)
                     "bareback", "beastiality", "chink", "clitoris", "coon", "cunnilingus", "dyke", "ejaculate",
                     "fag", "fellatio", "lovemaking", "necrophilia", "nymphomania", "octopussy", "panties",
                     "pegging", "rimjob", "shrimping", "sissy", "skeet", "snowballing", "threesome", "topless",
                     "twink", "viagra", "vibrator"]

def sentence(rule_id, category, type_, patterns, severity, clause, advice, triggers=None, note=None):
    r = {"id": rule_id, "category": category, "type": type_, "detector": "SENTENCE", "severity": severity,
         "clause": clause, "advice": advice, "terms": patterns}
    if triggers: r["context"] = triggers
    if note: r["note"] = note
    return r

WORD_CLASSES = {
    # offensive lemmas: compounds and spellings
    "compound-prefixes": ["mother", "bull", "horse", "dip", "dumb", "jack", "cluster", "ape", "bat", "chicken",
                          "mind", "fat", "smart", "lard", "dog"],
    "compound-suffixes": ["head", "wit", "tard", "face", "hole", "bag", "stain", "sucker", "sucking", "muncher",
                          "wad", "show", "storm", "stick", "hat", "brain", "wipe", "nugget", "lord", "weasel",
                          "knuckle", "licker", "licking", "bucket", "fest"],
    "spelling-variants": ["ck>k", "ck>q", "ck>kk", "u>v", "f>ph", "c>k", "u>oo"],
    # a capitalised word in this class is a name as written ("Tom, Dick and Harry"), unless said to someone
    "names-as-written": ["dick", "willy", "fanny", "randy", "cox", "johnson", "peter", "wang", "dong", "hooker",
                         "bush", "butts", "gay", "bonk", "knob", "cummings", "cumming", "dyke", "slope", "pratt",
                         "coon", "coons", "pansy", "abo", "krat"],
    # an address after these words is an office, a route or a place, not where a person lives
    "not-personal-before-address": ["office", "offices", "centre", "center", "shopfront", "kiosk", "branch",
                                    "headquarters", "hq", "clinic", "hospital", "library", "school", "council",
                                    "route", "routes", "bus", "buses", "highway", "freeway", "motorway", "exit",
                                    "platform", "gate", "level", "suite", "version", "section", "page", "question",
                                    "item", "unit block", "visit us at", "find us at", "located at"],
    # sentence analysis
    "not-names": ["i", "the", "a", "an", "this", "that", "these", "those", "it", "its", "we", "our", "you", "your",
                  "they", "their", "he", "she", "his", "her", "my", "me", "us", "hi", "hello", "dear", "thanks",
                  "thank", "please", "if", "and", "but", "or", "so", "of", "for", "to", "in", "on", "at", "by",
                  "with", "from", "what", "why", "how", "when", "where", "who", "which", "yes", "no", "ok",
                  "great", "good", "huge", "big", "best", "top", "new", "all", "every", "each", "any", "some",
                  "men", "women", "man", "woman", "people", "kids", "boys", "girls", "everyone", "humans",
                  "there", "here", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
                  "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december", "avoid", "download", "vote", "support", "only",
                  "don't", "do", "not", "make", "sure", "check", "looking", "families", "carers", "elect", "just",
                  "find", "read", "tell", "talk", "call", "contact", "visit", "apply", "go", "get", "send", "is",
                  "are", "was", "were", "be", "has", "have", "will", "would", "should", "can", "could"],
    "organisation-words": ["care", "services", "service", "support", "australia", "australian", "group", "ltd",
                           "limited", "pty", "inc", "plus", "solutions", "employment", "living", "pathways", "centre",
                           "center", "council", "government", "department", "office", "party", "labor", "liberal",
                           "liberals", "greens", "coalition", "nationals", "nation", "centrelink", "medicare", "ndis",
                           "ndia", "dss", "ato", "mygov", "commission", "agency", "team", "division", "branch",
                           "bank", "hospital", "university", "school", "club", "association", "foundation", "trust",
                           "company", "health", "housing", "uniting", "anglicare", "mission", "vinnies", "salvos",
                           "app", "network", "hub", "clinic", "disability", "aged", "home", "homes", "community",
                           "parliament", "senate", "treasury", "affairs", "act", "scheme", "program", "programme",
                           "payment", "pension", "allowance", "gateway", "street", "road", "week", "day"],
    "public-bodies": ["services australia", "centrelink", "medicare", "mygov", "ato", "australian taxation office",
                      "ndis", "ndia", "dss", "department", "government", "parliament", "commission", "carer gateway",
                      "aec", "abs", "aihw", "payment and service finder", "provider finder", "express plus"],
    "we": ["we", "i", "our team", "the team", "our staff", "our office", "the department", "dss", "leave it with us"],
    "will": ["will", "shall", "are going to", "am going to", "is going to", "going to", "will definitely",
             "will personally", "are committed to", "am committed to", "will have", "would"],
    "guarantee": ["guarantee++", "promise++", "assure++", "ensure++", "make sure", "commit to", "pledge++",
                  "undertake to", "vow++"],
    "assurance": ["rest assured", "assure you", "i promise", "we promise", "i guarantee", "we guarantee",
                  "promise you", "can promise", "can guarantee", "can assure", "guarantee you",
                  "be assured", "you have my word", "guaranteed", "we promise you", "you have our word"],
    "deadline": ["by monday", "by tuesday", "by wednesday", "by thursday", "by friday", "by saturday", "by sunday",
                 "by tomorrow", "by tonight", "by today", "by the end of", "by end of", "before the end of",
                 "by close of business", "by cob", "by next", "within", "no later than", "in the next", "today",
                 "tonight", "tomorrow", "this week", "this fortnight", "this afternoon", "next week",
                 "straight away", "immediately", "asap", "before", "by 5pm", "by midday"],
    "your": ["your", "you", "the money", "the payment", "the debt", "everyone", "everybody", "no one"],
    "certainly": ["definitely", "certainly", "absolutely", "100%", "for sure", "without fail", "guaranteed"],
    "evaluative": ["best", "favourite", "favorite", "top", "leading", "excellent", "amazing", "fantastic",
                   "wonderful", "outstanding", "brilliant", "great", "terrific", "superb", "awesome", "incredible",
                   "exceptional", "reliable", "trusted", "recommended", "preferred", "easiest", "number one",
                   "first class", "world class", "caring", "terrible", "awful", "dodgy", "worst", "hopeless",
                   "useless", "poor", "shocking", "disappointing", "not worth", "a scam", "unreliable",
                   "incompetent", "go-to", "second to none", "the only one", "must-have"],
    "provider-words": ["provider+", "service+", "company", "companies", "organisation+", "organization+",
                       "business+", "clinic+", "app+", "product+", "team", "supermarket+", "store+", "shop+",
                       "program+", "programme+", "coordinator+", "plan manager+", "support worker+", "place",
                       "option+", "choice"],
    "recommend": ["recommend++", "we recommend", "endorse++", "highly rate", "rate++", "love++", "rave about",
                  "big fans of", "fans of", "can't go past", "cannot go past", "check out", "shout out to",
                  "shout-out to", "kudos to", "hats off to", "go with", "choose++", "sign up with", "try++",
                  "download++", "use++", "switch to"],
    "avoid": ["avoid++", "stay away from", "steer clear of", "don't use", "do not use", "boycott++",
              "don't go with", "never use"],
    "implementation-judgement": ["not followed", "not implemented", "not complied", "not delivered", "failed to",
                                 "breached", "ignored", "mismanaged", "done a poor job", "done a great job",
                                 "done a terrible job", "done a fantastic job", "been poor", "been excellent",
                                 "been terrible", "been great", "been outstanding", "let down", "let us down"],
    "party": ["labor", "the labor party", "labor party", "liberal+", "the liberals", "liberal party", "coalition",
              "the coalition", "greens", "the greens", "nationals", "the nationals", "one nation", "teal+",
              "the teals", "opposition", "the opposition", "government", "the government", "this government",
              "the albanese government", "the morrison government", "the previous government",
              "the former government", "labor government", "liberal government", "coalition government",
              "minister", "the minister", "prime minister", "the prime minister", "treasurer", "the treasurer",
              "premier", "albanese", "dutton", "rishworth", "chalmers", "shorten", "morrison", "ley", "bandt",
              "hanson", "pocock", "littleproud", "minister rishworth", "the pm", "pm"],
    "praise-or-blame": ["brilliant", "excellent", "outstanding", "fantastic", "great", "best", "visionary",
                        "shameful", "disgrace+", "disgraceful", "disaster+", "disastrous", "cruel", "heartless",
                        "failed", "failure+", "unfair", "right idea", "the right", "wrong", "mess", "cuts",
                        "broken promise+", "credit", "a win for", "let down", "betrayed", "incompetent", "corrupt",
                        "hopeless", "useless", "terrible", "appalling", "reckless", "callous", "heroic",
                        "delivered for", "deserves", "deserve", "to thank for", "trust", "incredible", "amazing",
                        "wonderful", "terrific", "tremendous", "superb", "great job", "good job", "fine job",
                        "poor job", "lousy", "pathetic", "sensible", "only sensible", "shocking", "inspiring"],
    "harsh": ["corrupt", "a joke", "joke", "disgrace+", "disgraceful", "criminal+", "liar+", "incompetent",
              "useless", "rotten", "evil", "traitor+", "crook+", "pathetic", "clowns", "morons", "idiots"],
    "policy": ["the policy", "this policy", "that policy", "the reforms", "these reforms", "the budget",
               "this budget", "robodebt", "the cashless debit card", "tax cuts", "stage 3", "the legislation",
               "the bill", "the cuts", "these cuts", "the changes", "the scheme", "the indue card"],
    "vote": ["vote", "vote 1", "vote one", "vote for", "elect++", "re-elect++", "put", "support++", "back++",
             "don't let", "do not let", "keep", "only"],
    "other-bodies": ["the ato", "ato", "australian taxation office", "the australian taxation office",
                     "services australia", "centrelink", "medicare", "the ndia", "ndia", "the ndis", "ndis",
                     "ndis commission", "the ndis commission", "ndis quality and safeguards commission",
                     "the ndis quality and safeguards commission", "department of health",
                     "the department of health", "home affairs", "department of home affairs", "treasury",
                     "the treasury", "fair work", "the fair work commission", "the ombudsman",
                     "department of education", "the department of education", "department of veterans affairs",
                     "dva", "the aec", "the grants team", "the payments team", "the policy team",
                     "the program area", "the programme area", "the policy area", "the business area",
                     "our colleagues in", "colleagues in", "our colleagues at", "the team at", "the minister's office",
                     "the secretary"],
    "unit": ["branch", "division", "section", "taskforce", "team", "area", "group", "unit"],
    "decision": ["has confirmed", "have confirmed", "confirmed", "has decided", "have decided", "decided",
                 "has agreed", "have agreed", "agreed", "has approved", "have approved", "approved", "has advised",
                 "advised", "advises", "says", "said", "has said", "will", "is going to", "are going to",
                 "has announced", "have announced", "announced", "has signed off", "signed off", "is investigating",
                 "has determined", "determined", "has fixed", "have fixed", "plans to", "intends to",
                 "is reviewing", "has ruled", "ruled", "wants", "has promised", "promised", "will not", "has found"],
    "behalf": ["on behalf of", "speaking for", "as a spokesperson for", "a spokesperson for", "speaking on behalf of"],
    # threats
    "agent": ["i", "we", "someone", "somebody", "some one", "people", "ill", "im", "ima", "i'm gonna", "me and"],
    "intend": ["will", "am going to", "are going to", "is going to", "going to", "should", "ought to", "need to",
               "needs to", "want to", "would love to", "would like to", "will personally", "am coming to",
               "swear i will", "swear i'll", "shall", "am gonna", "am about to", "will be coming to", "am coming down to"],
    "violent": ["kill++", "murder++", "shoot++", "shot", "stab++", "bash++", "punch++", "hurt++", "smash++",
                "strangle++", "choke++", "slit++", "gut++", "torch++", "burn++", "burnt", "bomb++",
                "blow up", "blow++ up", "beat++", "beaten", "break++", "broke", "hunt++ down", "run++ over",
                "knock++ out", "king hit", "string up", "hang++", "hung", "deck++", "rape++",
                "torture++", "wipe++ out", "put a bullet in", "put a bullet through", "take out", "slap++",
                "kick++ in", "strangle++", "drown++", "behead++", "set fire to", "set alight"],
    "target": ["you", "u", "ya", "him", "her", "them", "your family", "your kids", "your staff", "staff",
               "the staff", "someone", "somebody", "everyone", "every last one of you", "every one of you",
               "all of you", "the lot of you", "whoever", "anyone", "the next person", "the minister",
               "that minister", "the case manager", "that case manager", "the case officer", "your office",
               "the office", "this office", "that office", "the building", "your house", "every bureaucrat",
               "bureaucrat+", "public servant+", "politician+", "your face", "face", "your legs", "legs",
               "your head", "the counter", "the centrelink office", "the lot", "that woman", "that man",
               "the woman", "the man", "that bitch", "that cunt", "those", "these", "dss", "centrelink"],
    "not-a-threat-after": ["an email", "a message", "a text", "a line", "a dm", "an sms", "a note", "a pm",
                           "to it", "at chess", "at cards", "in a race", "to the punch", "a photo", "a pic", "the details"],
    "weapon": ["knife", "knives", "gun+", "rifle+", "shotgun+", "machete+", "axe+", "baseball bat+", "petrol",
               "jerry can+", "weapon+", "blade+", "crowbar+", "hammer+", "bomb+"],
    "harm-place": ["in hospital", "in the hospital", "in the morgue", "in a wheelchair", "six feet under", "dead",
                   "in a box", "in a body bag", "hurt"],
    "go-away": ["go back", "go home", "be sent back", "be sent home", "be kicked out", "get out", "be deported",
                "leave", "piss off back", "fuck off back"],
    "harsh-fate": ["resign", "be sacked", "be jailed", "be locked up", "go to jail", "be charged", "be sent to jail"],
    "carry": ["bring++", "carry++", "come++ with", "come++ in with", "come++ down with", "armed with", "pack++"],
    "deserved-violence": ["a bullet", "a bullet in the head", "a beating", "a bashing", "a kicking", "a slap",
                          "a punch in the face", "to be shot", "to be hanged", "to die", "to be put down"],
    "group": ["refugee+", "immigrant+", "migrant+", "muslim+", "aboriginal+", "aborigine+", "indigenous people",
              "asian+", "african+", "chinese", "indian+", "jew+", "gay+", "lesbian+", "trans people", "foreigner+",
              "boat people", "single mums", "single mothers", "blacks", "whites", "arab+", "lebanese",
              "sudanese", "islander+", "wog+", "abo+"],
    "group-slur-adjectives": ["lazy", "dirty", "filthy", "thieving", "bludging", "greedy", "violent", "drunk",
                              "drunken", "stupid", "useless", "primitive", "feral", "subhuman"],
    "ought": ["deserve++ to be", "should be", "needs to be", "need to be", "ought to be", "must be",
              "should get", "deserve++ to get", "wants to be", "is going to be", "are going to be"],
    "will-future": ["will", "are going to", "is going to", "am going to", "shall"],
    "suffer": ["regret++ it", "regret++ this", "regret", "pay for this", "pay for that", "pay for it",
               "get what is coming", "get what's coming", "not see it coming", "end up dead",
               "be next", "wish you were dead", "wish you had never", "answer for this"],
    "passive-violence": ["hanged", "hung", "shot", "killed", "executed", "strung up", "put down", "lynched",
                         "burnt", "burned", "stabbed", "bashed", "beaten", "murdered", "shot dead",
                         "lined up and shot", "put against a wall"],
    "death-wish": ["die", "dies", "died", "gets cancer", "get cancer", "rot", "rots", "drop dead", "drops dead",
                   "croak", "croaks", "gets hit by", "get hit by", "burns", "burn in hell", "suffer", "suffers"],
    # harassment
    "you": ["you", "u", "ya", "youre", "ur", "you are", "you're"],
    "person-words": ["the minister", "that minister", "the case manager", "my case manager",
                     "that case manager", "the case officer", "my case officer", "that woman", "that man",
                     "this woman", "this guy", "the guy", "the lady", "the bloke", "that bloke", "the assessor",
                     "the secretary", "your minister", "the pm", "the prime minister"],
    "animal-insult": ["pig+", "cow+", "dog+", "rat+", "snake+", "animal+", "pest+", "toad+", "weasel+", "goose",
                      "galah+", "clown+", "muppet+", "witch+", "hag+", "bimbo+", "slob+", "leech+", "parasite+",
                      "coward+", "cockroach+", "maggot+", "rodent+", "monkey+", "dinosaur+", "sheep"],
    "insult": ["grub+", "scum", "scumbag+", "vermin", "parasite+",
               "loser+", "disgrace", "moron+", "idiot+",
               "imbecile+", "slag+", "filth", "trash", "waste of space", "hypocrite+",
               "traitor+", "psycho+", "nutcase+", "lunatic+", "freak+", "creep+", "pervert+", "maggot+",
               "dropkick+", "knob+", "tosser+", "wanker+",
               "airhead+", "dimwit+", "halfwit+", "numpty", "numpties", "twit+", "goose", "chink+", "sook+",
               "piece of work", "piece of shit", "excuse for a", "excuse for an", "waste of skin", "slimeball+", "liar+",
               "crook+", "thief", "thieves", "fraud+", "criminal+", "paedophile+", "pedophile+", "paedo+",
               "pedo+", "racist+", "bigot+", "retard+"],
    "insult-adjectives": ["stupid", "lazy", "useless", "pathetic", "brainless", "corrupt", "lying", "filthy", "fat",
                          "ugly", "disgusting", "incompetent", "spineless", "dumb", "thick", "worthless",
                          "racist", "evil", "gutless", "heartless", "nasty", "vile", "dirty", "absolute", "total",
                          "complete", "little", "bloody", "greedy", "sad", "fucking", "f***ing", "gormless",
                          "rotten", "sleazy", "smug", "arrogant", "two-faced", "miserable", "old", "dirty rotten", "thieving",
                          "grubby", "lowlife", "scummy", "crooked", "dodgy", "incompetent"],
    "allegation": ["crook+", "thief", "thieves", "fraud+", "criminal+", "paedophile+", "pedophile+", "paedo+",
                   "pedo+", "liar+", "corrupt", "embezzler+", "con artist+", "scammer+", "rapist+", "abuser+",
                   "drug dealer+", "on the take"],
    "be": ["is", "are", "was", "were", "'s", "be", "has been", "have been", "is just", "is nothing but",
           "are nothing but", "is such", "are such", "is one", "must be", "seems", "looks like"],
}

THREAT_PATTERNS = [
    "<agent> <intend> ...8 <violent> ...5 <target> !<not-a-threat-after>",
    "^ going|gonna|want|wanna to? <violent> ...5 <target> !<not-a-threat-after>",
    "<agent> am|are|is coming for|after <target>",
    "<you> <will-future> <suffer>",
    "<ought> <passive-violence>",
    "hope|hoping|wish|wishing|pray|praying ...8 <death-wish>",
    "^ go|just|pls|please|you|u|should|ought|better? kill|hang|neck|off yourself|urself|yourselves",
    "<agent> know++ where <target>? live++|work++|park++|sleep++",
    "<agent> know++ which car is yours",
    "someone|somebody|people|you|staff <will-future> get|be hurt|killed|shot|bashed|stabbed",
    "<agent> <intend>? am|are|is|be? <carry> ...3 <weapon>",
    "<agent> will|'ll|am|be be? waiting outside ...4 <target>",
    "not know what hit++ <target>",
    "never walk++ again",
    "deserve++ <deserved-violence>",
    "<you> <will-future> end up <harm-place>",
    "<agent> <intend>? put++ my|a fist|boot|foot through",
]
THREAT_TRIGGERS = ["<violent>", "<suffer>", "<passive-violence>", "<death-wish>", "coming for", "coming after",
                   "know where", "which car", "<weapon>", "hurt", "waiting outside", "what hit",
                   "walk++ again", "<deserved-violence>", "end up", "fist", "boot through"]
# An insult counts only when aimed at someone: a name or a role, "you are", or "you" said to someone; animal
# words (pig, cow, dog, snake) need an insulting adjective ("a racist pig"), so "a smart dog" is not abuse.
HARASSMENT_PATTERNS = [
    "<PERSON> <be> a|an|such? <insult-adjectives> <insult-adjectives>? <animal-insult>",
    "<PERSON> from|at|in|of ...4 <be> a|an|such? <insult-adjectives> <insult-adjectives>? <animal-insult>",
    "<PERSON> <be> a|an|such ...3 <insult>",
    "<PERSON> <be> <insult-adjectives>? <insult-adjectives>? <insult>",
    "<PERSON> from|at|in|of ...4 <be> a|an|such ...3 <insult>",
    "<person-words> <be> a|an|such? <insult-adjectives>? <insult-adjectives>? <insult>",
    "<you> <be> a|an|such|nothing? but? ...3 <insult>",
    "<you> <be> a|an|such? <insult-adjectives>? <insult-adjectives>? <insult> and a|an <insult-adjectives>? <animal-insult>",
    "<you> <be> a|an|such? <insult-adjectives> <insult-adjectives>? <animal-insult>",
    "<you> <insult-adjectives>? <insult-adjectives>? <insult> !<not-names>",
    "<you> <insult-adjectives> <insult-adjectives>? <animal-insult>",
    "<insult> like you",
]
DEFAMATION_PATTERNS = [
    "<PERSON> <be> a|an|such|the? <insult-adjectives>? <insult-adjectives>? <allegation>",
    "<PERSON> from|at|in|of ...4 <be> a|an|such|the? <insult-adjectives>? <insult-adjectives>? <allegation>",
    "<PERSON> stole|steals from|money|millions|funds",
    "<PERSON> rorted|embezzled|took_bribes",
    "<person-words> <be> a|an|such|the? <insult-adjectives>? <allegation>",
    "<you> <be> a|an|such? <insult-adjectives>? <allegation>",
]

rules = [
    pd("PD-TFN", "TFN", "TFN", "tax file number", ["tfn", "tax file number", "tax file no", "tax file"]),
    pd("PD-MEDICARE", "MEDICARE", "MEDICARE", "Medicare number", ["medicare", "medicare number", "medicare card", "medicare no"]),
    pd("PD-CRN", "CRN", "CRN", "Customer Reference Number",
       ["crn", "customer reference number", "customer reference no", "centrelink number", "centrelink reference",
        "centrelink crn", "customer ref"]),
    pd("PD-PHONE", "PHONE", "PHONE", "telephone number",
       ["phone", "ph", "mobile", "mob", "call", "call me", "text me", "tel", "telephone", "contact me", "ring me",
        "my number", "number is"]),
    pd("PD-EMAIL", "EMAIL", "EMAIL", "personal e-mail address",
       # an address spelt out ("jo at gmail dot com") is looked for only where one of these is written
       ["dot com", "dot net", "dot org", "dot au", "dot co", "gmail", "hotmail", "bigpond", "outlook", "yahoo",
        "icloud", "optusnet", "iinet", "tpg", "protonmail", "aol", "westnet", "internode", "ozemail"]),
    pd("PD-CARD", "PAYMENT_CARD", "PAYMENT_CARD", "payment card number",
       ["card", "card number", "credit card", "debit card", "visa", "mastercard", "amex", "cvv", "expiry"]),
    pd("PD-BANK", "BANK_ACCOUNT", "BANK_ACCOUNT", "bank account",
       ["bsb", "account number", "account no", "acct", "acc no", "bank account", "bank details"]),
    pd("PD-DOB", "DATE_OF_BIRTH", "DATE_OF_BIRTH", "date of birth",
       ["dob", "d o b", "date of birth", "born on", "born", "birthday", "birth date", "birthdate"]),
    pd("PD-ADDRESS", "STREET_ADDRESS", "STREET_ADDRESS", "home address", terms=STREET_TYPES),
    pd("PD-ABN", "ABN", "ABN", "sole trader's Australian Business Number",
       ["my abn", "my abn is", "sole trader", "my australian business number", "my business number",
        "my business abn"]),
    pd("PD-ACN", "ACN", "ACN", "company number given as personal details",
       ["my acn", "my acn is", "my company number", "my company acn"]),

    {"id": "SM-CLASSIFIED", "category": "SECURITY_MARKING", "detector": "MARKING",
     "severity": sev("BLOCK", "WARN", "WARN"),
     "clause": {OFF: "principle.confidentiality", PUB: "principle.confidentiality", PER: "personal.only-public-information"},
     "advice": {OFF: "This content carries a security classification. Never post classified or official-only "
                     "information; check with the information's owner and remove it.",
                PUB: "The comment carries a security classification marking: check whether it discloses classified "
                     "information; if so hide it and report it to the Agency Security Adviser.",
                PER: "This looks like classified information. Only post information that is publicly available."},
     "terms": [{"text": "OFFICIAL: Sensitive", "type": "OFFICIAL_SENSITIVE"},
               {"text": "OFFICIAL Sensitive", "type": "OFFICIAL_SENSITIVE"},
               {"text": "PROTECTED", "type": "PROTECTED"}, {"text": "HIGHLY PROTECTED", "type": "HIGHLY_PROTECTED"},
               {"text": "SECRET", "type": "SECRET"}, {"text": "TOP SECRET", "type": "TOP_SECRET"},
               {"text": "CONFIDENTIAL", "type": "CONFIDENTIAL"}, {"text": "CABINET", "type": "CABINET"},
               {"text": "Cabinet-in-Confidence", "type": "CABINET"}, {"text": "CABINET IN CONFIDENCE", "type": "CABINET"},
               {"text": "Sensitive: Cabinet", "type": "CABINET"}]},
    {"id": "SM-CAVEAT", "category": "SECURITY_MARKING", "type": "CAVEAT", "detector": "MARKING",
     "severity": sev("BLOCK", "WARN", "WARN"),
     "clause": {OFF: "principle.confidentiality", PUB: "principle.confidentiality", PER: "personal.only-public-information"},
     "advice": {OFF: "This content carries a security caveat or information management marker: it is not for "
                     "public release. Remove it.",
                PUB: "The comment carries a security caveat: check whether it discloses official information; if so "
                     "hide it and report it to the Agency Security Adviser.",
                PER: "This carries a security caveat: only post information that is publicly available."},
     "terms": ["AUSTEO", "AGAO", "REL AUS", "EYES ONLY", "AUS EYES ONLY", "NOFORN", "ORCON", "ACCOUNTABLE MATERIAL",
               "Legal privilege", "Legislative secrecy", "Personal privacy", "DELICATE"]},
    {"id": "SM-DLM", "category": "SECURITY_MARKING", "type": "DLM", "detector": "MARKING",
     "severity": sev("BLOCK", "WARN", "WARN"),
     "clause": {OFF: "principle.confidentiality", PUB: "principle.confidentiality", PER: "personal.only-public-information"},
     "advice": {OFF: "This content carries a dissemination limiting marker (an older marking for information that "
                     "is not public). Remove it.",
                PUB: "The comment carries a dissemination limiting marker: check whether it discloses official "
                     "information; if so hide it.",
                PER: "This carries a dissemination limiting marker: only post information that is publicly available."},
     "terms": ["For Official Use Only", "FOUO", "Sensitive: Personal", "Sensitive: Legal", "SENSITIVE",
               "IN-CONFIDENCE", "X-IN-CONFIDENCE", "STAFF-IN-CONFIDENCE", "COMMERCIAL-IN-CONFIDENCE",
               "UNOFFICIAL DLM"]},
    {"id": "SM-OFFICIAL", "category": "SECURITY_MARKING", "type": "OFFICIAL", "detector": "MARKING",
     "severity": sev("WARN", "INFO", "WARN"),
     "clause": {OFF: "principle.confidentiality", PUB: "principle.confidentiality", PER: "personal.only-public-information"},
     "advice": {OFF: "The content is marked OFFICIAL: check that it is approved for public release and remove the "
                     "marking before posting.",
                PUB: "The comment contains an OFFICIAL marking; check it does not disclose non-public information.",
                PER: "This is marked OFFICIAL: only post information that is publicly available."},
     "terms": ["OFFICIAL"]},

    off("OFF-THREAT", "THREAT", THREATS, "BLOCK", "BLOCK", "WARN", "threatening or harassing words"),
    off("OFF-HATE", "DISCRIMINATORY", HATE, "BLOCK", "BLOCK", "WARN", "discriminatory or hateful words"),
    off("OFF-PROFANITY", "PROFANITY", PROFANITY, "BLOCK", "BLOCK", "WARN", "obscene words"),
    off("OFF-AMBIGUOUS", "PROFANITY", AMBIGUOUS, "WARN", "INFO", "INFO", "words that can be read as offensive",
        {"note": "Offensive in one sense and innocent in another (the opposite sex, a slope, a rooster): a"
                 " warning at most; aimed at a person they are harassment (OFF-HARASSMENT)."}),
    sentence("OFF-THREAT-SENTENCE", "OFFENSIVE", "THREAT", THREAT_PATTERNS,
             sev("BLOCK", "BLOCK", "WARN"),
             {OFF: "principle.respect", PUB: "principle.respect", PER: "personal.not-offensive"},
             {OFF: "Remove the threat: official content must never be threatening.",
              PUB: "The comment threatens violence. Hide it, keep a record, and refer it under the Bullying and "
                   "Harassment Policy (and to the police if it names a person or place).",
              PER: "This reads as a threat of violence: the APS Code of Conduct applies to personal posts too."},
             THREAT_TRIGGERS),
    sentence("OFF-HATE-SENTENCE", "OFFENSIVE", "DISCRIMINATORY", [
        "<group> <be> all? just? <insult-adjectives>? <insult>",
        "<group> <be> all? just? <insult-adjectives>? <animal-insult>",
        "<group-slur-adjectives> <group>",
        "<group> <be>? ruining|destroying|invading|infesting|overrunning|taking_over|bludging|breeding",
        "deport++ them|everyone|every|all|the_lot",
        "<group> should <go-away>",
        "send <group> back|home"],
             sev("BLOCK", "BLOCK", "WARN"),
             {OFF: "principle.respect", PUB: "principle.respect", PER: "personal.not-offensive"},
             {OFF: "Remove the generalisation about a group of people: official content must never be "
                   "discriminatory or hateful.",
              PUB: "The comment vilifies a group of people. Hide it under the Social Media Terms of Use.",
              PER: "This vilifies a group of people: don't post discriminatory or hateful content."},
             ["<group>", "deport++"]),
    sentence("OFF-HARASSMENT", "OFFENSIVE", "HARASSMENT", HARASSMENT_PATTERNS,
             sev("BLOCK", "BLOCK", "WARN"),
             {OFF: "principle.respect", PUB: "principle.respect", PER: "personal.not-offensive"},
             {OFF: "Remove the personal attack: official content must be courteous and never harassing.",
              PUB: "The comment abuses a person. Hide it under the Social Media Terms of Use and refer harassment "
                   "of staff under the Bullying and Harassment Policy.",
              PER: "This is a personal attack on someone: don't post harassing content, even about public figures."},
             ["<insult>", "<animal-insult>"]),
    sentence("OFF-DEFAMATORY", "OFFENSIVE", "DEFAMATORY", DEFAMATION_PATTERNS,
             sev("BLOCK", "BLOCK", "WARN"),
             {OFF: "principle.respect", PUB: "principle.respect", PER: "personal.not-offensive"},
             {OFF: "Remove the allegation: calling a named person a criminal, liar or fraud can be defamatory.",
              PUB: "The comment accuses a named person of wrongdoing (defamation risk). Hide it under the Social "
                   "Media Terms of Use.",
              PER: "Calling a named person a criminal, liar or fraud can be defamatory: don't post it."},
             ["<allegation>", "stole", "steals", "rorted", "embezzled", "bribes"]),
    off("OFF-ABUSE", "ABUSIVE", ABUSE, "BLOCK", "WARN", "WARN", "abusive words"),
    off("OFF-COMMUNITY-SEVERE", None, None, "BLOCK", "BLOCK", "WARN", "obscene or hateful words",
        {"communityLexicon": {"source": "profanity-en.json", "minSeverity": 3, "maxSeverity": 4,
                              "types": COMMUNITY_TYPES, "excludeIds": COMMUNITY_EXCLUDE},
         "note": "Community lexicon (MIT, see profanity-en.LICENSE), severities 3-4. Excluded ids are words a social"
                 " services department uses in earnest (family safety, health)."}),
    off("OFF-COMMUNITY-MODERATE", None, None, "BLOCK", "WARN", "WARN", "offensive words",
        {"communityLexicon": {"source": "profanity-en.json", "minSeverity": 2, "maxSeverity": 2,
                              "types": COMMUNITY_TYPES, "excludeIds": COMMUNITY_EXCLUDE}}),
    off("OFF-COMMUNITY-MILD", None, None, "WARN", "INFO", "INFO", "words some readers find offensive",
        {"communityLexicon": {"source": "profanity-en.json", "minSeverity": 1, "maxSeverity": 1,
                              "types": COMMUNITY_TYPES, "excludeIds": COMMUNITY_EXCLUDE}}),

    {"id": "EN-PROVIDER", "category": "ENDORSEMENT", "detector": "LEXICON",
     "severity": sev("WARN"), "clause": {OFF: "official.comment.no-endorsement"},
     "advice": {OFF: "Don't endorse or judge specific providers, products or services from an official account: "
                     "describe the programme and point to the full list of providers instead."},
     "terms": ["we endorse", "the best provider", "best provider", "top provider", "top rated provider",
               "trusted provider", "our preferred provider", "preferred provider", "is a scam", "are a scam",
               "poor service", "terrible service", "excellent service", "worst provider", "sponsored by",
               "brought to you by", "proudly partnered with", "do a great job", "does a great job",
               "do a poor job", "does a poor job", "failed to deliver", "has not implemented",
               "have not implemented", "did not follow the guidelines"]},
    sentence("EN-SENTENCE", "ENDORSEMENT", None, [
        "<recommend> the? <PROVIDER>",
        "<recommend> ...6 at|from|by|with <PROVIDER>",
        "<avoid> <PROVIDER>",
        "<evaluative> ...6 is|are|'s <PROVIDER>",
        "<PROVIDER> <be>? do|does|doing|is|are|was|'s|offer++|provide++|deliver++|run++|give++ ...4 <evaluative>",
        "<PROVIDER> <provider-words> ...4 <evaluative>",
        "<PROVIDER> has|have|had|is|are <implementation-judgement>",
        "the? <evaluative> <provider-words> ...3 <PROVIDER>",
        "<PROVIDER> is|are ...2 <evaluative> <provider-words>"],
        sev("WARN"), {OFF: "official.comment.no-endorsement"},
        {OFF: "Don't endorse or judge specific providers, products or services from an official account: "
              "describe the programme and point to the full list of providers instead."}),
    sentence("POL-SENTENCE", "POLITICAL", "ADVOCACY", [
        "<vote> <party>",
        "vote|elect|re-elect 1|one|for|in|out? the? <party>",
        "vote <NAME>",
        "put the? <party> first|last",
        "<party> ...8 <praise-or-blame>",
        "<praise-or-blame> ...6 <party>",
        "only <party> will|can",
        "<policy> ...4 <be> ...2 <praise-or-blame>",
        "thanks|credit to <party>",
        "thank you to <party>"],
        sev("WARN"), {OFF: "principle.impartiality"},
        {OFF: "Don't advocate for or criticise the government, its ministers, policies or political parties from "
              "an official account: keep to the facts of the programme."},
        ["<party>", "<policy>", "vote"]),
    sentence("POL-HARSH-SENTENCE", "POLITICAL", "HARSH_CRITICISM", [
        "<party> ...4 <be> a|an|such? ...2 <harsh>",
        "<party> ...4 should <harsh-fate>"],
        sev("WARN", None, "WARN"),
        {OFF: "principle.impartiality", PER: "personal.not-harsh-criticism"},
        {OFF: "Don't criticise the government, its ministers or political parties from an official account.",
         PER: "Criticism this harsh could raise questions about your capacity to work professionally and "
              "impartially as an APS employee."},
        ["<harsh>", "resign", "sacked", "jailed", "locked up", "jail", "charged"]),
    {"id": "POL-PARTY", "category": "POLITICAL", "type": "PARTY", "detector": "LEXICON",
     "severity": sev("WARN"), "clause": {OFF: "principle.impartiality"},
     "advice": {OFF: "Don't advocate for or criticise political parties from an official account: keep to the facts "
                     "of the programme."},
     "terms": ["labor party", "the labor party", "liberal party", "the liberals", "the greens", "australian greens",
               "the nationals", "national party", "one nation", "the coalition", "the opposition", "vote labor",
               "vote liberal", "vote green", "vote greens", "labor government", "liberal government",
               "coalition government", "teal independents", "the teals"]},
    {"id": "POL-ADVOCACY", "category": "POLITICAL", "type": "ADVOCACY", "detector": "LEXICON",
     "severity": sev("WARN"), "clause": {OFF: "principle.impartiality"},
     "advice": {OFF: "Don't advocate or criticise policies of the government or political parties from an official "
                     "account: explain what the policy is and how it works."},
     "terms": ["vote for", "vote against", "don't vote", "dont vote", "support the bill", "oppose the bill",
               "should be scrapped", "must be scrapped", "scrap the", "axe the", "should be abolished",
               "must be abolished", "we oppose", "we support the policy", "the policy is wrong", "bad policy",
               "failed policy", "the government is wrong", "the government got it wrong", "elect", "re-elect",
               "thanks to the minister", "thanks to the government", "unlike the previous government",
               "the previous government failed"]},
    {"id": "POL-CRITICISM", "category": "POLITICAL", "type": "HARSH_CRITICISM", "detector": "LEXICON",
     "severity": sev("WARN", None, "WARN"),
     "clause": {OFF: "principle.impartiality", PER: "personal.not-harsh-criticism"},
     "advice": {OFF: "Don't criticise the government, its ministers or political parties from an official account.",
                PER: "Criticism this harsh could raise questions about your capacity to work professionally and "
                     "impartially as an APS employee."},
     "terms": ["incompetent government", "corrupt government", "useless government", "government is corrupt",
               "government is incompetent", "government is useless", "government is a joke", "corrupt minister",
               "minister is a liar", "minister is corrupt", "minister is incompetent", "lying minister",
               "disgraceful policy", "cruel policy", "heartless government", "government has failed",
               "failed government", "rotten government", "criminal government", "sack the minister",
               "dss is a joke", "dss is useless", "dss is incompetent", "the department is a joke",
               "the department is useless", "the department is incompetent", "my department is a joke",
               "management is useless", "management are useless", "robodebt criminals"]},
    {"id": "CM-PROMISE", "category": "COMMITMENT", "type": "PROMISE", "detector": "LEXICON",
     "severity": sev("WARN", None, "WARN"),
     "clause": {OFF: "principle.confidentiality", PER: "personal.not-on-behalf"},
     "advice": {OFF: "Don't promise or guarantee outcomes on the department's behalf unless the responsible business "
                     "area has authorised it: say what the programme provides and how to apply.",
                PER: "This reads as a promise made for the department; make clear you speak only for yourself."},
     "terms": ["we guarantee", "we promise", "i promise", "guaranteed", "i guarantee", "we will ensure",
               "we will make sure", "we'll make sure", "we commit to", "we are committed to paying", "we undertake to", "will definitely",
               "we will fix", "we'll fix", "will be approved", "your claim will be approved", "your payment will",
               "we'll sort it", "we will sort it", "within 24 hours", "by tomorrow",
               "we will pay", "we'll pay", "you are entitled to", "you're entitled to"]},
    sentence("CM-SENTENCE", "COMMITMENT", "PROMISE", [
        "<we> <will> ...8 <deadline>",
        "<we> <will>? <guarantee>",
        "<assurance> ...8 <will>",
        "<will> ...6 <assurance>",
        "<your> ...6 will|'ll ...6 <deadline>",
        "will <certainly>",
        "<we> <will> ...6 guaranteed"],
        sev("WARN", None, "WARN"), {OFF: "principle.confidentiality", PER: "personal.not-on-behalf"},
        {OFF: "Don't promise or guarantee outcomes or deadlines on the department's behalf unless the responsible "
              "business area has authorised it: say what the programme provides, how to apply and the usual "
              "processing times.",
         PER: "This reads as a promise made for the department; make clear you speak only for yourself."},
        ["will", "guarantee++", "promise++", "assure++", "ensure++", "make sure", "committed", "pledge++",
         "<assurance>", "<deadline>", "<certainly>"]),
    {"id": "PP-ON-BEHALF", "category": "COMMITMENT", "type": "ON_BEHALF", "detector": "LEXICON",
     "severity": sev(None, None, "WARN"), "clause": {PER: "personal.not-on-behalf"},
     "advice": {PER: "This could be read as made on behalf of the department or the Government. In a personal post "
                     "speak only for yourself."},
     "terms": ["on behalf of dss", "on behalf of the department", "on behalf of the department of social services",
               "we at dss", "here at dss", "dss will", "dss has decided", "the department will",
               "the department has decided", "as a dss spokesperson", "speaking for dss", "official position of dss",
               "dss position", "i can confirm that dss", "i can confirm the department", "officially"]},
    {"id": "PO-OPINION", "category": "PERSONAL_OPINION", "detector": "LEXICON",
     "severity": sev("WARN"), "clause": {OFF: "principle.impartiality"},
     "advice": {OFF: "Avoid expressions of personal opinion from an official account: state the department's "
                     "information, not what you think."},
     "terms": ["i think", "i believe", "i feel", "in my opinion", "in my view", "my view is", "imo", "imho",
               "personally", "i reckon", "if you ask me", "my opinion", "my personal view", "honestly i",
               "i'm sure", "im sure", "i hate", "i love"]},
    {"id": "OBA-SPEAKING-FOR", "category": "OTHER_BUSINESS_AREA", "detector": "LEXICON",
     "severity": sev("WARN"), "clause": {OFF: "official.comment.no-other-business-area"},
     "advice": {OFF: "This speaks for another business area or agency. Get the prior consent and advice of that "
                     "business area before posting, or refer the person to it."},
     "terms": ["on behalf of the branch", "on behalf of the division", "on behalf of the team",
               "speaking for the branch", "speaking for the division", "the branch has decided", "the branch will",
               "the division has decided", "the division will", "the program area", "the programme area",
               "the policy area", "the policy team", "our colleagues in", "the grants team", "the payments team",
               "services australia will", "centrelink will", "the ndia will", "the ndis will", "the ato will",
               "the minister will", "the minister has decided", "the secretary has decided"]},
    sentence("OBA-SENTENCE", "OTHER_BUSINESS_AREA", None, [
        "<other-bodies> <decision>",
        "<behalf> <other-bodies>",
        "<other-bodies> ...5 <decision>",
        "<NAME>? <unit> <decision>",
        "the department of <NAME> <decision>"],
        sev("WARN"), {OFF: "official.comment.no-other-business-area"},
        {OFF: "This speaks for, or about the decisions of, another agency or business area. Get the prior consent "
              "and advice of that area before posting, or refer the person to it."},
        ["<other-bodies>", "<unit>", "<behalf>"]),
    {"id": "UC-CLAIM", "category": "UNCITED_CLAIM", "detector": "UNCITED_CLAIM",
     "severity": sev("WARN"), "clause": {OFF: "principle.accuracy"},
     "advice": {OFF: "Cite a source for this statistic or claim (a report, the ABS, a link): people may make decisions "
                     "based on what the department posts."},
     "terms": ["research shows", "research has shown", "studies show", "study shows", "statistics show",
               "data shows", "data show", "evidence shows", "figures show", "experts say", "it is proven",
               "studies have found", "studies have shown", "studies found", "research proves", "research found",
               "research has found", "research suggests", "research indicates", "evidence suggests",
               "surveys show", "experts agree", "scientists say", "most carers", "most people",
               "most pensioners", "most recipients", "most families", "most parents", "most participants",
               "most women", "most men", "most young people", "most older australians", "nearly half",
               "almost half", "more than half", "half of all", "has doubled", "have doubled", "has tripled",
               "has halved", "have risen", "has risen", "has fallen", "have fallen", "millions of australians",
               "thousands of australians", "billion a year", "million a year", "billion every year",
               "more deadly than", "three times as likely", "more likely than", "less likely to",
               "the vast majority", "vast majority", "the majority of", "studies suggest", "data suggests",
               "surveys suggest", "evidence shows", "research tells us", "we know that",
               "proven to", "most australians", "the majority of australians", "majority of people", "per cent",
               "percent", "1 in 2", "1 in 3", "1 in 4", "1 in 5", "1 in 6", "1 in 7", "1 in 8", "1 in 10",
               "one in two", "one in three", "one in four", "one in five", "one in six", "one in ten",
               "twice as likely", "times more likely", "on average", "the average australian", "record number",
               "record high", "record low"] + [t for t in RATIO_TERMS if not t.startswith("one in ")],
     "context": ["source", "sources", "according to", "http", "https", "www", "gov au", "the report", "a report",
                 "our report", "annual report", "report by", "report from", "the survey", "a survey", "survey by",
                 "census", "abs", "aihw", "data from", "published", "study by", "research by", "ref", "reference",
                 "cited", "findings of", "link", "see the", "see our", "see more", "details at"]},
    {"id": "VO-VIEWS-OWN", "category": "PERSONAL_OPINION", "type": "VIEWS_NOT_MARKED_OWN", "detector": "VIEWS_OWN",
     "severity": sev(None, None, "WARN"), "clause": {PER: "personal.views-own"},
     "advice": {PER: "The post mentions your work. Make clear that the views are your own and not those of the "
                     "department (for example: \"Views are my own\")."},
     "terms": ["dss", "department of social services", "my department", "my agency", "the department i work for",
               "my employer", "as a public servant", "as an aps employee", "the aps", "australian public service",
               "my work at", "where i work", "my job at"],
     "context": ["views are my own", "views my own", "my own views", "opinions are my own", "my own opinion",
                 "views are mine", "not those of my employer", "not the views of", "personal views",
                 "personal capacity", "in a personal capacity", "my personal view", "not on behalf of",
                 "all views my own", "opinions my own"]},

    {"id": "ACC-ALT-TEXT", "category": "ACCESSIBILITY", "type": "ALT_TEXT", "detector": "ALT_TEXT",
     "severity": sev("WARN"), "clause": {OFF: "responsibility.accessibility"},
     "advice": {OFF: "Add alternative text describing the image, so people using screen readers get the same "
                     "information."}},
    {"id": "ACC-CAPTIONS", "category": "ACCESSIBILITY", "type": "CAPTIONS", "detector": "CAPTIONS",
     "severity": sev("WARN"), "clause": {OFF: "responsibility.accessibility"},
     "advice": {OFF: "Add captions (or a transcript for audio), so people who are deaf or hard of hearing get the "
                     "same information."}},
    {"id": "IP-RIGHTS-NOT-CLEARED", "category": "INTELLECTUAL_PROPERTY", "type": "RIGHTS", "detector": "RIGHTS_NOT_CLEARED",
     "severity": sev("BLOCK", None, "WARN"),
     "clause": {OFF: "principle.intellectual-property", PER: "principle.intellectual-property"},
     "advice": {OFF: "The rights to this media are not cleared: get permission from the owner, or use media the "
                     "department owns.",
                PER: "Respect copyright: get permission to use material you do not own."}},
    {"id": "IP-RIGHTS-UNCONFIRMED", "category": "INTELLECTUAL_PROPERTY", "type": "RIGHTS_UNCONFIRMED",
     "detector": "RIGHTS_UNCONFIRMED", "severity": sev("WARN"), "clause": {OFF: "principle.intellectual-property"},
     "advice": {OFF: "Confirm that the department holds the rights to use this media before posting."}},
    {"id": "IP-BRANDING", "category": "INTELLECTUAL_PROPERTY", "type": "BRANDING", "detector": "BRANDING",
     "severity": sev("BLOCK", None, "WARN"),
     "clause": {OFF: "principle.intellectual-property", PER: "personal.not-on-behalf"},
     "advice": {OFF: "Departmental branding and logos may be used only with CMB's approval: get it, or remove the "
                     "branding.",
                PER: "Don't use departmental branding or logos in a personal post: it makes the post look made on "
                     "behalf of the department."}},

    {"id": "CTX-AUTHORITY", "category": "AUTHORITY", "detector": "AUTHORITY",
     "severity": sev("BLOCK", "BLOCK"), "clause": "official.authorisation",
     "advice": "Only employees authorised by CMB for this account and activity may post or respond on it."},
    {"id": "CTX-ACCOUNT-STATE", "category": "ACCOUNT_STATE", "detector": "ACCOUNT_STATE",
     "severity": sev("BLOCK"), "clause": "principle.administration",
     "advice": "The account does not accept posts in its current state: ask its Communication Account Manager."},
    {"id": "CTX-INITIATIVE", "category": "INITIATIVE_APPROVAL", "detector": "INITIATIVE_APPROVAL",
     "severity": sev("BLOCK"), "clause": "principle.approved-activity",
     "advice": "The initiative this account serves is not approved by CMB: no posts until it is."},
]

doc = {
    "format": "dss-social-media-rule-set/1",
    "version": "2026.12-1",
    "effectiveFrom": "2014-12-01",
    "description": "The rules the engine ships, implementing the Social Media Policy first issued on 1 December 2014. "
                   "Lexicons of the department's own plus the community lexicon profanity-en.json (MIT).",
    "official": {"phoneNumbers": ["1300 653 227"], "emailDomains": ["dss.gov.au"],
                 "addresses": ["71 Athllon Drive"]},
    "allow": ALLOW,
    "wordClasses": WORD_CLASSES,
    "reflectionQuestions": OFFICIAL_Q,
    "rules": rules,
}
out = "src/main/resources/au/gov/dss/socialmedia/engine/rules/default-rule-set.json"
with open(out, "w") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")
print("wrote", out, len(rules), "rules")
