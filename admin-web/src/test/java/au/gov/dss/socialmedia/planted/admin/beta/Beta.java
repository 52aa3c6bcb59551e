package au.gov.dss.socialmedia.planted.admin.beta;

import au.gov.dss.socialmedia.planted.admin.alpha.Alpha;

/** Planted violation: the other half of the cycle. */
public class Beta {
    /** The first feature. */
    public Alpha alpha;
}
