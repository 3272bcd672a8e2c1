package org.golivesim.model.domain;

/** A clinician's role. */
public enum Role {
    PHYSICIAN,
    NURSE,
    ALLIED
}
