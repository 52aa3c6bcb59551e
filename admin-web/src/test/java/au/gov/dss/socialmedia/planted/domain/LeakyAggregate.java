package au.gov.dss.socialmedia.planted.domain;

import au.gov.dss.socialmedia.planted.engine.Screening;

/** Planted violation: a domain type that uses a framework and the engine above it. */
@jakarta.persistence.Entity
public class LeakyAggregate {
    /** The engine the domain must never know. */
    public Screening screening;
}
