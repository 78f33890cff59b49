namespace InnovationNetwork.Storage.Neo4j;
