package au.gov.dss.socialmedia.planted.admin.alpha;

import au.gov.dss.socialmedia.planted.admin.beta.Beta;

/** Planted violation: a feature that uses another which uses it back (a cycle between features). */
public class Alpha {
    /** The other feature. */
    public Beta beta;
}
