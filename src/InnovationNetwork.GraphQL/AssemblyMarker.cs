namespace InnovationNetwork.GraphQL;
