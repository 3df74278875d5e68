// @name benchDocumentEnterprises
// Synthetic enterprises for the document of the add-source benchmark: a slice in id order.
// @param skip: int
// @param count: int
// @returns name
MATCH (e:Enterprise) WHERE e.synthetic = true
WITH e ORDER BY e.id SKIP toInteger($skip) LIMIT toInteger($count)
RETURN e.name AS name
