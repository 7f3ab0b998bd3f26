-- The read models live in a schema of their own (read_model_<n>, see readmodel/read-model.sql) so that a rebuild can
-- fill a fresh schema while the API keeps answering from the active one, then swap. This table says which is active.
CREATE TABLE read_model_state (
    id             int PRIMARY KEY CHECK (id = 1),
    active_schema  text NOT NULL,
    generation     int  NOT NULL,
    swapped_at     timestamptz NOT NULL DEFAULT now()
);
