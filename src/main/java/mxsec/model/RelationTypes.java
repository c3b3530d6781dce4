package mxsec.model;

import java.util.Set;

/** How the relationship types of the vocabulary behave: which trace descent, which have no direction. */
public final class RelationTypes {
    /** "group TYPE other" means the group came from the other: the edges of a family tree. */
    public static final Set<String> LINEAGE = Set.of("split-from", "offshoot-of", "faction-of", "armed-wing-of", "successor-of");
    /** The same relation read either way: one edge per pair. */
    public static final Set<String> SYMMETRIC = Set.of("alliance", "rivalry", "cooperation");

    private RelationTypes() {}
}
