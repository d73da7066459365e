import type { ProjectDetails } from '../../app/setup/list-projects.js';
import type * as api from '../../contract/projects.js';

/** A project in the API, with its committee's and programme's names and its grants year by year. */
export function presentProject(project: ProjectDetails): api.Project {
  return {
    id: project.id,
    committeeId: project.committeeId,
    committeeName: project.committeeName,
    programmeId: project.programmeId,
    programmeName: project.programmeName,
    name: project.name,
    number: project.number,
    projectCode: project.projectCode,
    activeFromYear: project.activeFromYear,
    activeToYear: project.activeToYear,
    grants: project.grants.map((grant) => ({ year: grant.year, grantOre: grant.amountOre })),
  };
}
