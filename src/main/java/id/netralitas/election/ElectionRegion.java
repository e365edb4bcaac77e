package id.netralitas.election;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A region taking part in a regional election (row of {@code election_region}). */
@Entity
@Table(name = "election_region")
@IdClass(ElectionRegion.Key.class)
public class ElectionRegion {

    @Id
    public Long electionId;

    @Id
    public String regionCode;

    public ElectionRegion() {
    }

    public ElectionRegion(Long electionId, String regionCode) {
        this.electionId = electionId;
        this.regionCode = regionCode;
    }

    /** Composite key. */
    public static class Key implements Serializable {
        public Long electionId;
        public String regionCode;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(electionId, k.electionId) && Objects.equals(regionCode, k.regionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(electionId, regionCode);
        }
    }
}
