package io.rapporteur.contract.fact;

/** A reference to a canonical entity: its id (CHN, org:OHCHR, treaty:ICESCR, person:mary-robinson) and the surface form as written. */
public record EntityRef(String id, String text) {
    public EntityRef {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an entity reference needs an id");
        }
    }
}
