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

THREATS = ["kill you", "kill u", "ill kill you", "i will kill you", "going to kill you", "gonna kill you",
           "kill yourself", "kys", "go kill yourself", "hope you die", "hope u die", "you should die",
           "you deserve to die", "i know where you live", "i will find you", "ill find you", "watch your back",
           "shoot you", "stab you", "bash you", "beat you up", "burn it down", "burn down", "blow up the office",
           "bomb the office", "put a bullet", "slit your throat", "you will pay", "rape you", "hang them",
           "string them up", "should be shot", "should be hanged", "death to"]
ABUSE = ["idiot", "idiots", "moron", "morons", "imbecile", "scum", "scumbag", "scumbags", "dickhead", "dickheads",
         "fuckwit", "fuckwits", "shithead", "shitheads", "dipshit", "dropkick", "dropkicks", "dole bludger",
         "dole bludgers", "welfare bludger", "welfare bludgers", "bludgers", "leeches", "parasites", "lowlife",
         "lowlifes", "filth", "trash", "waste of space", "waste of oxygen", "pig", "pigs", "useless prick",
         "prick", "pricks", "knob", "knobhead", "tosser", "tossers", "drongo", "galah", "muppet", "muppets"]
HATE = ["go back to where you came from", "go back where you came from", "send them back", "subhuman",
        "sub human", "vermin", "towelhead", "towelheads", "raghead", "ragheads", "abo", "abos", "boong", "boongs",
        "lebo", "lebos", "curry muncher", "curry munchers", "dago", "dagos", "wog", "wogs", "jap", "japs",
        "kraut", "krauts", "slope", "slopes", "gook", "gooks", "chink", "chinks", "poofter", "poofters",
        "tranny", "trannies", "shemale", "spastic", "spaz", "mong", "retard", "retards", "retarded",
        "white power", "heil hitler", "sieg heil", "gas the", "ethnic cleansing"]
PROFANITY = ["fuck", "fucks", "fucked", "fucker", "fuckers", "fucking", "fuckin", "fucken", "motherfucker",
             "motherfuckers", "shit", "shits", "shitty", "bullshit", "cunt", "cunts", "bitch", "bitches", "bastard",
             "bastards", "wanker", "wankers", "arsehole", "arseholes", "asshole", "assholes", "twat", "twats",
             "piss off", "pissed off", "cock", "dick", "dicks", "slut", "sluts", "whore", "whores", "bollocks"]

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

COMMUNITY_TYPES = {"racial": "DISCRIMINATORY", "religious": "DISCRIMINATORY", "lgbtq": "DISCRIMINATORY",
                   "sexual": "OBSCENE", "shock": "OBSCENE", "general": "PROFANITY"}
COMMUNITY_EXCLUDE = ["rape", "raping", "incest", "date-rape", "anal", "anus", "rectum", "genitals", "vagina",
                     "penis", "breasts", "nipples", "semen", "pornography", "bdsm"]

rules = [
    pd("PD-TFN", "TFN", "TFN", "tax file number", ["tfn", "tax file number", "tax file no", "tax file"]),
    pd("PD-MEDICARE", "MEDICARE", "MEDICARE", "Medicare number", ["medicare", "medicare number", "medicare card", "medicare no"]),
    pd("PD-CRN", "CRN", "CRN", "Customer Reference Number",
       ["crn", "customer reference number", "customer reference no", "centrelink number", "centrelink reference",
        "centrelink crn", "customer ref"]),
    pd("PD-PHONE", "PHONE", "PHONE", "telephone number",
       ["phone", "ph", "mobile", "mob", "call", "call me", "text me", "tel", "telephone", "contact me", "ring me",
        "my number", "number is"]),
    pd("PD-EMAIL", "EMAIL", "EMAIL", "personal e-mail address"),
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
     "terms": ["we recommend", "we highly recommend", "highly recommend", "we endorse", "we suggest using",
               "we prefer", "the best provider", "best provider", "the best service", "best service",
               "the best app", "is the best", "are the best", "top provider", "top rated provider",
               "trusted provider", "our preferred provider", "preferred provider", "don't use",
               "dont use", "avoid using", "stay away from", "is a scam", "are a scam", "is terrible",
               "are terrible", "poor service", "terrible service", "excellent service", "great service",
               "worst provider", "sponsored by", "brought to you by", "proudly partnered with",
               "do a great job", "does a great job", "do a poor job", "does a poor job", "failed to deliver",
               "has not implemented", "have not implemented", "did not follow the guidelines"]},
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
    {"id": "UC-CLAIM", "category": "UNCITED_CLAIM", "detector": "UNCITED_CLAIM",
     "severity": sev("WARN"), "clause": {OFF: "principle.accuracy"},
     "advice": {OFF: "Cite a source for this statistic or claim (a report, the ABS, a link): people may make decisions "
                     "based on what the department posts."},
     "terms": ["research shows", "research has shown", "studies show", "study shows", "statistics show",
               "data shows", "data show", "evidence shows", "figures show", "experts say", "it is proven",
               "proven to", "most australians", "the majority of australians", "majority of people", "per cent",
               "percent", "1 in 2", "1 in 3", "1 in 4", "1 in 5", "1 in 6", "1 in 7", "1 in 8", "1 in 10",
               "one in two", "one in three", "one in four", "one in five", "one in six", "one in ten",
               "twice as likely", "times more likely", "on average", "the average australian", "record number",
               "record high", "record low"],
     "context": ["source", "sources", "according to", "http", "https", "www", "gov au", "report", "survey",
                 "census", "abs", "aihw", "data from", "published", "study by", "research by", "ref", "reference",
                 "cited", "findings of", "link", "see"]},
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
    "version": "2026.11-1",
    "effectiveFrom": "2014-12-01",
    "description": "The rules the engine ships, implementing the Social Media Policy first issued on 1 December 2014. "
                   "Lexicons of the department's own plus the community lexicon profanity-en.json (MIT).",
    "official": {"phoneNumbers": ["1300 653 227"], "emailDomains": ["dss.gov.au"],
                 "addresses": ["71 Athllon Drive"]},
    "allow": ALLOW,
    "reflectionQuestions": OFFICIAL_Q,
    "rules": rules,
}
out = "src/main/resources/au/gov/dss/socialmedia/engine/rules/default-rule-set.json"
with open(out, "w") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")
print("wrote", out, len(rules), "rules")
