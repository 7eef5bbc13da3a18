package id.sinergi.action;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

    long countByItemId(Long itemId);

    List<Comment> findByItemIdOrderByCreatedAtAscIdAsc(Long itemId);
}
