package org.seigraph.curation;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;
import org.springframework.data.repository.query.Param;

/** Change requests in Neo4j (Spring Data Neo4j); saves check {@link ChangeRequest#getVersion()}. */
interface ChangeRepository extends Neo4jRepository<ChangeRequest, String> {

    /** Newest first, optionally only one status, one subject entity, or those waiting for review after a load. */
    @Query("MATCH (c:ChangeRequest) WHERE ($status IS NULL OR c.status = $status) "
            + "AND ($entity IS NULL OR $entity IN c.subjects) AND ($needsReview IS NULL OR c.needsReview = $needsReview) "
            + "RETURN c ORDER BY c.proposedAt DESC, c.id SKIP $skip LIMIT $limit")
    List<ChangeRequest> find(@Param("status") String status, @Param("entity") String entity,
                             @Param("needsReview") Boolean needsReview, @Param("skip") long skip, @Param("limit") long limit);

    /** Every change that touched an entity, oldest first. */
    @Query("MATCH (c:ChangeRequest) WHERE $entity IN c.subjects RETURN c ORDER BY c.proposedAt, c.id")
    List<ChangeRequest> changelog(@Param("entity") String entity);

    /** Approved changes in the order they were applied. */
    @Query("MATCH (c:ChangeRequest {status: 'APPROVED'}) RETURN c ORDER BY c.appliedSerial, c.reviewedAt, c.id")
    List<ChangeRequest> approvedInOrder();
}
