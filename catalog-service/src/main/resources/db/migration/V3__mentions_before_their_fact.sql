-- Settling a batch inserts each new canonical fact in its final state after the batch's mentions are written, instead
-- of a placeholder row first and an update later (two writes of every new fact). The mentions' reference to their
-- canonical fact is therefore kept by the catalog's transaction, not by a constraint checked row by row.
alter table mentions drop constraint mentions_canonical_id_fkey;
