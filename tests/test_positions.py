"""Positions: what each actor wants, claims, rejects or does, never the opposite of what the article says.

The negation and inversion suite below is a table of hand-written sentences. Each says who holds
which stance, with the words the stance must carry (negation and modality included) and its
polarity; or that a sentence holds no stance of that actor at all (a question, a refusal to comment,
a passive turned round). Precision first: where a rule is unsure, no position is better than a
wrong one, so some rows only forbid the inverted reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cleaning import clean
from generator.extraction import Extraction
from generator.extraction.attribution import attribute
from generator.extraction.builtin import BuiltinBackend
from generator.extraction.discourse import read_document
from generator.extraction.positions import content_polarity, find_positions
from generator.extraction.stance_form import reads_whole
from generator.reading import parse_article

BACKEND = BuiltinBackend()
INTRO = "Mayor Ana Silva of Valmora and union leader Tomas Brandt met on Monday. "


def extract(text: str) -> Extraction:
    return BACKEND.extract(clean(parse_article(Path("a.txt"), text.encode("utf-8"))))


def positions_of(extraction: Extraction, name: str) -> list[tuple[str, str]]:
    ids = {a.id for a in extraction.actors if a.name == name or name in a.aliases}
    return [(p.stance, p.polarity) for p in extraction.positions if p.actor in ids]


# (sentence, holder, words the stance must contain, polarity)
HELD = [
    # After a plural noun and "and", a word in -ed that seldom describes people is a verb of its own.
    ("Brandt toured the docks and met the pilots and urged crews to back the strike.", "Tomas Brandt",
     "urged crews to back the strike", "support"),
    ("Silva said she would not support the plan.", "Ana Silva", "would not support the plan", "oppose"),
    ("Silva said she supports the plan.", "Ana Silva", "supports the plan", "support"),
    ("Silva did not support the plan.", "Ana Silva", "did not support the plan", "oppose"),
    ("Silva no longer supports the new budget.", "Ana Silva", "no longer supports the new budget", "oppose"),
    ("Silva rejected the proposal from the port authority.", "Ana Silva", "rejected the proposal", "oppose"),
    ("Silva refused to sign the agreement.", "Ana Silva", "refused to sign the agreement", "oppose"),
    ("Silva condemned the attacks on the dock workers.", "Ana Silva", "condemned the attacks", "oppose"),
    ("Silva criticised the plan as too expensive.", "Ana Silva", "criticised the plan", "oppose"),
    ("Silva denied the allegations of bribery.", "Ana Silva", "denied the allegations", "deny"),
    ("Silva denied that she had met the contractors.", "Ana Silva", "had met the contractors", "deny"),
    ("Silva said the report was false.", "Ana Silva", "the report was false", "deny"),
    ("Silva dismissed the report as baseless.", "Ana Silva", "dismissed the report", "deny"),
    ("Silva welcomed the court's decision.", "Ana Silva", "welcomed the court", "support"),
    ("Silva praised the volunteers for their work.", "Ana Silva", "praised the volunteers", "support"),
    ("Silva called for an independent inquiry into the fire.", "Ana Silva", "an independent inquiry", "support"),
    ("Silva urged the council to approve the budget.", "Ana Silva", "approve the budget", "support"),
    ("Silva demanded the release of the detained workers.", "Ana Silva", "release of the detained workers", "support"),
    ("Silva promised to cut the harbour fees.", "Ana Silva", "cut the harbour fees", "support"),
    ("Silva agreed to the new contract.", "Ana Silva", "agreed to the new contract", "support"),
    ("Silva did not agree to the new contract.", "Ana Silva", "did not agree to the new contract", "oppose"),
    ("Silva ruled out a coalition with the opposition.", "Ana Silva", "ruled out a coalition", "oppose"),
    ("Silva vowed never to negotiate with the smugglers.", "Ana Silva", "never to negotiate", "oppose"),
    # A vote planned is a side taken, not a vote cast.
    ("Brandt plans to vote for the new harbour budget.", "Tomas Brandt", "plans to vote for", "support"),
    ("Brandt intends to vote against the new harbour fees.", "Tomas Brandt", "vote against", "oppose"),
    ("Silva said she had never supported the war.", "Ana Silva", "never supported the war", "oppose"),
    ("Silva hopes the talks will succeed.", "Ana Silva", "the talks will succeed", "support"),
    ("Silva, who has praised the new pier, will open the fish market on Sunday.", "Ana Silva",
     "has praised the new pier", "support"),
    ("Silva warned that prices would rise.", "Ana Silva", "prices would rise", "claim"),
    ("Silva said the union would strike if the talks failed.", "Ana Silva", "would strike if the talks failed",
     "claim"),
    ("Silva insisted that the contract was legal.", "Ana Silva", "the contract was legal", "claim"),
    ("Silva said the harbour had lost money for three years.", "Ana Silva", "lost money for three years", "claim"),
    ("Brandt accused the mayor of lying about the budget.", "Tomas Brandt", "lying about the budget", "oppose"),
    ("Silva withdrew her support for the bill.", "Ana Silva", "withdrew her support for the bill", "oppose"),
    ("Silva defended the decision to close the port.", "Ana Silva", "defended the decision", "support"),
    ("Silva disputed the figures published by the union.", "Ana Silva", "disputed the figures", "deny"),
    ("Silva said it was not true that the port would close.", "Ana Silva", "not true that the port would close",
     "deny"),
    ("Silva said the new fee was not a tax.", "Ana Silva", "the new fee was not a tax", "deny"),
    ("Silva said the city would send ten inspectors to the docks.", "Ana Silva", "would send ten inspectors",
     "action"),
    ("Silva said the city would comply with the court order.", "Ana Silva", "would comply with the court order",
     "action"),
    # Appealing to someone is drawing them, no appeal lodged.
    ("Silva said the union would appeal to younger voters.", "Ana Silva", "would appeal to younger voters", "claim"),
    ("Silva said the council would look into the complaints.", "Ana Silva", "look into the complaints", "claim"),
    ("Silva said she would look into the complaints.", "Ana Silva", "look into the complaints", "support"),
    ("Silva said the delay may lead to job losses.", "Ana Silva", "may lead to job losses", "claim"),
    # "Not only said" affirms what was said.
    ("Silva not only said that she would back a ban on night fishing but also voted for it.", "Ana Silva",
     "back a ban", "support"),
    ("Silva announced new rules that make it harder to fish at night.", "Ana Silva",
     "announced new rules that make it harder", "action"),
    ("Brandt agreed that the port has little power to stop the strike.", "Tomas Brandt",
     "the port has little power", "claim"),
    ("Silva believes the city will send ten inspectors to the docks.", "Ana Silva",
     "the city will send ten inspectors", "claim"),
    ("Silva plans to sell the old ferry.", "Ana Silva", "plans to sell the old ferry", "action"),
    ("Brandt attacked the mayor as weak and out of touch.", "Tomas Brandt", "attacked the mayor as weak", "oppose"),
    ("Brandt attacked what he called a giveaway to the ferry owners.", "Tomas Brandt", "attacked what he called",
     "oppose"),
    # A statement leans as what it does; putting it out is no act of policy.
    ("Silva released a statement condemning the raid on the fish market.", "Ana Silva", "condemning the raid",
     "oppose"),
    # A noun in -ing telling when the statement came is not what it does.
    ("Silva issued a statement on Monday evening condemning the raid on the fish market.", "Ana Silva",
     "condemning the raid", "oppose"),
    ("Silva said the judges would overturn Hale v. Lund within a year.", "Ana Silva",
     "would overturn Hale v. Lund within a year", "claim"),
    ("Silva said she would replace Janet L. Wexford as chair of the board.", "Ana Silva",
     "would replace Janet L. Wexford as chair", "support"),
    # What someone else would do, told by the holder, is the holder's claim about them, not their act.
    ("Silva said he would appoint new pilots who would reopen the northern channel.", "Ana Silva",
     "he would appoint new pilots", "claim"),
    ("Brandt called the mayor “a petty tyrant.”", "Tomas Brandt", "called the mayor “a petty tyrant", "oppose"),
    ("Brandt branded the plan a disaster for the docks.", "Tomas Brandt", "branded the plan a disaster", "oppose"),
    ("Brandt described the deal as reckless.", "Tomas Brandt", "described the deal as reckless", "oppose"),
    ("Silva thanked Brandt for coming to the meeting.", "Ana Silva", "thanked Brandt for coming", "support"),
    ("Silva said the dealer should never have been given a trading licence.", "Ana Silva",
     "should never have been given", "oppose"),
    ("Silva said the board should have closed the ferry if its engine was faulty.", "Ana Silva",
     "should have closed the ferry", "oppose"),
    ("Silva said they are already kept in a locked vault.", "Ana Silva", "they are already kept", "claim"),
    ("Silva declined to overturn the ruling of the harbour board.", "Ana Silva", "declined to overturn the ruling",
     "action"),
    ("Silva declined to support the plan.", "Ana Silva", "declined to support the plan", "oppose"),
    ("Silva declined the invitation to the talks.", "Ana Silva", "declined the invitation", "oppose"),
    ("Silva doesn't want to wrestle with Brandt again.", "Ana Silva", "doesn't want to wrestle", "oppose"),
    ("Silva hasn't endorsed the plan.", "Ana Silva", "hasn't endorsed the plan", "oppose"),
    ("Silva said she didn't want to wrestle with Brandt again.", "Ana Silva", "didn't want to wrestle", "oppose"),
    ("Silva said she didn't “want to imagine” the cost of the scheme.", "Ana Silva",
     "didn't “want to imagine”", "oppose"),
    ("“We were not willing to back a ferry tax that hurt the islanders,” Silva said.", "Ana Silva",
     "not willing to back a ferry tax", "oppose"),
    ("Silva said Friday that she will try to build a broad coalition.", "Ana Silva",
     "will try to build a broad coalition", "support"),
    # The filing is his; that he filed is what she claims.
    ("Silva said he had filed the permit papers a week late.", "Ana Silva", "he had filed the permit papers", "claim"),
    ("Silva said her party has backed the harbour plan since spring.", "Ana Silva", "her party has backed", "support"),
    ("Silva said there never were witnesses against the dock workers.", "Ana Silva", "there never were witnesses",
     "deny"),
    ("Brandt withdrew from the race for the union chair.", "Tomas Brandt", "withdrew from the race", "action"),
    ("Silva said she is open to talks with the union.", "Ana Silva", "is open to talks", "support"),
    ("Silva stopped supporting the harbour plan.", "Ana Silva", "stopped supporting the harbour plan", "oppose"),
    ("Silva would only back the plan if the union agreed.", "Ana Silva", "would only back the plan if the union agreed",
     "claim"),
    ("Silva said she was against the harbour plan.", "Ana Silva", "was against the harbour plan", "oppose"),
    ("Silva said she hardly supported the harbour plan.", "Ana Silva", "hardly supported the harbour plan", "oppose"),
    ("Silva said she regretted supporting the harbour plan.", "Ana Silva", "regretted supporting the harbour plan",
     "oppose"),
    ("Silva said that if the union struck, she would close the port.", "Ana Silva",
     "if the union struck, she would close the port", "claim"),
    ("Silva said the council should close the dock before winter.", "Ana Silva", "the council should close the dock",
     "support"),
    ("Silva said the council needed to act faster on the docks.", "Ana Silva", "needed to act faster", "support"),
    ("Silva said the smugglers must not be allowed to leave the port.", "Ana Silva", "must not be allowed to leave",
     "oppose"),
    ("Silva said she and Brandt discussed the harbour fees at length.", "Ana Silva",
     "she and Brandt discussed the harbour fees", "claim"),
    ("Brandt congratulated Silva on her victory.", "Tomas Brandt", "congratulated Silva on her victory", "support"),
    ("Brandt commended the volunteers for their courage.", "Tomas Brandt", "commended the volunteers", "support"),
    ("Silva lamented the closure of the fish market.", "Ana Silva", "lamented the closure", "oppose"),
    ("Brandt rebuked the harbour board for the delays.", "Tomas Brandt", "rebuked the harbour board", "oppose"),
    ("Brandt said the new harbour fee was abhorrent.", "Tomas Brandt", "the new harbour fee was abhorrent", "oppose"),
    ("The Valmora Harbour Board overturned the ban on night fishing.", "Valmora Harbour Board",
     "overturned the ban on night fishing", "action"),
    ("“I will respect the wishes of the harbour people, and in the weeks ahead I will explain to every docker what "
     "went wrong in this campaign,” Silva said.", "Ana Silva", "the wishes of the harbour people", "support"),
    ("“I hope the rumour is untrue, because it would ruin the harbour,” Silva said of the report.", "Ana Silva",
     "I hope the rumour is untrue", "support"),
    ("Silva said the new harbour fee must be a typo.", "Ana Silva", "the new harbour fee must be a typo", "claim"),
    ("Silva said “we want the council to approve the budget before the winter.”", "Ana Silva",
     "we want the council to approve the budget", "support"),
    ("Silva said “[t]he new harbour fee was not legal at all” under the charter.", "Ana Silva", "was not legal", "deny"),
    ("Jan Voss, a spokesman for the Valmora Port Authority, said the authority will review the complaint.",
     "Jan Voss", "the authority will review the complaint", "support"),
    ("“I think the union will win the vote at the docks,” Silva said.", "Ana Silva", "will win the vote", "claim"),
    ("“I would expect the harbour fees to rise again next year,” Silva said.", "Ana Silva", "expect the harbour fees",
     "claim"),
    ("Brandt said the new fees will raise prices for the fishermen.", "Tomas Brandt", "raise prices", "claim"),
    ("“You don't have to be a lawyer to read the harbour rules,” Silva said.", "Ana Silva", "have to be a lawyer",
     "claim"),
    ("“The mayor does not need to attend the hearing next week,” Brandt said.", "Tomas Brandt", "need to attend",
     "claim"),
    # Faulting how another presents or handles a thing opposes them, whatever the thing's own words say.
    ("Brandt said the mayor is overselling the gains of the harbour plan.", "Tomas Brandt",
     "is overselling the gains", "oppose"),
    ("Brandt said Silva was overstating the benefits of the ferry deal.", "Tomas Brandt",
     "was overstating the benefits", "oppose"),
    ("Brandt said the board was downplaying the risks of the new cranes.", "Tomas Brandt", "downplaying the risks",
     "oppose"),
    ("“We overstated the gains from the ferry deal,” Silva said.", "Ana Silva", "overstated the gains", "claim"),
    # Owning up to an error, or apologising, is a claim: the error is the speaker's own.
    ("“We made several bad errors with the ferry timetable, and I apologise,” Silva said.", "Ana Silva",
     "made several bad errors", "claim"),
    ("“I made a serious mistake with the harbour fees and I am sorry for it,” Brandt said.", "Tomas Brandt",
     "made a serious mistake", "claim"),
    ("“We got the harbour fees wrong, and I apologise to every fisherman,” Silva said.", "Ana Silva",
     "got the harbour fees wrong", "claim"),
    # What there was not is a claim, unless it is what an accusation says there was.
    ("“There were no police officers at the gate when the crowd arrived,” Brandt said.", "Tomas Brandt",
     "no police officers at the gate", "claim"),
    ("Brandt said there were no lifeboats on the old ferry.", "Tomas Brandt", "no lifeboats", "claim"),
    ("“There was no water in the harbour tanks that morning,” Silva said.", "Ana Silva", "no water", "claim"),
    ("“I am pleased that there were no injuries at the docks,” Silva said.", "Ana Silva", "no injuries", "claim"),
    ("Silva said she is sure there has been no unlawful sale of the harbour land.", "Ana Silva",
     "no unlawful sale", "claim"),
    ("Silva said she is sure there has been “no unlawful sale by anyone” of the harbour land.", "Ana Silva",
     "unlawful sale by anyone", "claim"),
    ("Silva said there was no evidence that the union had rigged the vote.", "Ana Silva", "no evidence", "deny"),
    # Not thinking something should be done opposes doing it.
    ("“But we don't think the answer should be to sell the harbour,” Silva said.", "Ana Silva",
     "don't think the answer should be to sell the harbour", "oppose"),
    ("“We do not believe the council should raise the harbour fees again,” Brandt said.", "Tomas Brandt",
     "do not believe the council should raise the harbour fees", "oppose"),
    ("Silva said she does not think the port should be sold to the developers.", "Ana Silva",
     "does not think the port should be sold", "oppose"),
    ("“I don't think the solution is to fire the dock workers,” Brandt said.", "Tomas Brandt",
     "the solution is to fire the dock workers", "oppose"),
    ("“I don't think the harbour plan is great for the town,” Brandt said.", "Tomas Brandt",
     "the harbour plan is great", "oppose"),
    # A call to act, with "got to".
    ("Brandt said the mayor has got to listen to the dock workers.", "Tomas Brandt", "has got to listen", "support"),
    ("“We have got to open the harbour to every boat in the bay,” Brandt said.", "Tomas Brandt",
     "have got to open the harbour", "support"),
    # A deed the speaker says was never done is denied.
    ("“I did not send the harbour plans to the developers,” Silva said.", "Ana Silva",
     "did not send the harbour plans", "deny"),
    ("“We have never tried to buy the old ferry,” Brandt said.", "Tomas Brandt", "never tried to buy the old ferry",
     "deny"),
    ("“I would be glad to see the union at the table,” Silva said.", "Ana Silva", "glad to see the union", "support"),
    ("“We want nothing to do with the harbour sale,” Brandt said.", "Tomas Brandt",
     "want nothing to do with the harbour sale",
     "oppose"),
    ("“Let me be clear: I am not reckless,” Silva said of the harbour vote.", "Ana Silva", "not reckless", "deny"),
    ("Silva said she would make sure the crews are paid even if the port closes.", "Ana Silva",
     "would make sure the crews are paid", "support"),
    ("Silva said that once the council meets, she will cut the harbour fees.", "Ana Silva",
     "she will cut the harbour fees", "action"),
    ("The Valmora Port Authority has begun issuing permits in place of hearings for some 300 crews.",
     "Valmora Port Authority", "issuing permits", "action"),
    # An aside between dashes leaves the clause going on after it.
    ("Brandt said the strike — which began in May — would go on until the council paid.", "Tomas Brandt",
     "the strike would go on until the council paid", "claim"),
    ("Brandt said the strike -- which began in May -- would go on until the council paid.", "Tomas Brandt",
     "the strike would go on until the council paid", "claim"),
    # Making fun of something opposes it, and what is mocked is the object, with the verb.
    ("Brandt ridiculed the mayor's claim that the docks were safe.", "Tomas Brandt", "ridiculed the mayor's claim",
     "oppose"),
    # A worry is a warning, which is a claim.
    ("“I am worried that the crews will not turn out for the vote at all,” Brandt said.", "Tomas Brandt",
     "worried that the crews", "claim"),
    # Dismissing a person as something judges them; dismissing a claim denies it.
    ("Brandt dismissed Silva as a lightweight.", "Tomas Brandt", "dismissed Silva as a lightweight", "oppose"),
    ("Brandt dismissed the claims as lies.", "Tomas Brandt", "dismissed the claims as lies", "deny"),
    # Nor do the words of a clause describing a place.
    ("Brandt said the vote raises questions about a port where fair pay is important.", "Tomas Brandt",
     "raises questions", "claim"),
    # In a quote, "he" is someone else: what he holds is the speaker's claim about him.
    ("“She is firmly against the new ferry fees and will say so to the board,” said Brandt.", "Tomas Brandt",
     "against the new ferry fees", "claim"),
    # Words set between dashes pass no judgement of the speaker's.
    ("Silva said the harbour plan — a great idea, its authors say — was an inferior one.", "Ana Silva",
     "inferior", "oppose"),
    # What "we" should do is the speaker's proposal.
    ("“We should scrap the harbour fees entirely,” Brandt said.", "Tomas Brandt", "scrap the harbour fees", "support"),
    # What a person the speaker names will do is the speaker's prediction, not an act of the speaker's.
    ("“Jane Roe will close the harbour to every ferry next spring,” Brandt said.", "Tomas Brandt",
     "Jane Roe will close the harbour", "claim"),
    # Seeing no reason why something should not be done asks for it.
    ("“There is no reason why the board should not publish the harbour accounts,” Silva said.", "Ana Silva",
     "should not publish the harbour accounts", "support"),
]

# (sentence, holder, words no stance of that holder may carry with that polarity; None: any polarity)
NOT_HELD = [
    # To hail from a place is to come from it, no praise.
    ("Brandt said the dock workers hail mostly from the northern islands.", "workers", "hail", None),
    # Not having endorsed anyone is no endorsement, and opposes no one.
    ("Silva has not endorsed any of the three men running for the harbour board.", "Ana Silva", "endorsed", None),
    ("Silva has not endorsed anyone for the harbour board.", "Ana Silva", "endorsed", None),
    ("Silva has not yet endorsed the harbour plan.", "Ana Silva", "endorsed", None),
    # Wanting to know whether something will be done is a question, not a call for it.
    ("Brandt demanded to know whether Silva would return the donations.", "Tomas Brandt", "return the donations", None),
    ("Brandt wanted an answer on why the council had closed the pier.", "Tomas Brandt", "closed the pier", None),
    # An infinitive's "to" is no addressee, nor the "that" of its object's relative clause what was said.
    ("Silva threatened to veto a bill that permits the port to raise fees.", "Ana Silva", "permits the port", None),
    # Belief in a thing asserts nothing.
    ("Silva believed the polls that showed her ahead.", "Ana Silva", "polls", None),
    ("Brandt said the port will fail unless it ends the strike and grants the crews a raise.", "Tomas Brandt",
     "grants the crews", None),
    ("The Harbour Council has two options left to halt the project: by filing a suit or by cutting its funds.",
     "Harbour Council", "filing", None),
    ("Brandt said he recalls dancing on the quay with the crews the night the pier opened.", "Tomas Brandt",
     "dancing", None),
    ("One reason the Harbour Pilots Guild says it joined the talks was worry over a strike.",
     "Harbour Pilots Guild", "talks", None),
    ("Still, Harbour Republicans backing the plan have said the vote will pass easily.",
     "Harbour Republicans", "backing the plan", None),
    ("Silva did not condemn the attacks.", "Ana Silva", "condemn", "oppose"),
    ("Silva refused to condemn the attacks.", "Ana Silva", "condemn", "oppose"),
    ("Silva failed to condemn the attacks.", "Ana Silva", "condemn", "oppose"),
    ("Silva stopped short of endorsing the plan.", "Ana Silva", "endors", "support"),
    ("Silva walked her comments back on Tuesday.", "Ana Silva", "back", "support"),
    ("Silva did not deny the report.", "Ana Silva", "report", "deny"),
    ("Silva never denied meeting the contractors.", "Ana Silva", "meeting", "deny"),
    ("Silva did not rule out a second term.", "Ana Silva", "second term", "oppose"),
    ("Silva declined to comment on the strike.", "Ana Silva", "comment", None),
    ("Silva did not say whether she would run again.", "Ana Silva", "run again", None),
    # What was never said was not voiced by anyone.
    ("Silva has not said that she would back a ban on night fishing.", "Ana Silva", "back a ban", None),
    ("Brandt did not claim that he opposed the harbour plan.", "Tomas Brandt", "opposed the harbour plan", None),
    ("Silva was criticised by Brandt for the delays.", "Ana Silva", "criticised", None),
    ("Silva was challenged on the claim that the port was safe.", "Ana Silva", "port was safe", None),
    ("A reporter asked Silva whether the port would close.", "Ana Silva", "port would close", None),
    ("Silva asked whether the union would accept the offer.", "Ana Silva", "accept the offer", None),
    ("Brandt said the mayor did not support the strike.", "Tomas Brandt", "support the strike", "support"),
    ("Silva said the union could not support the offer.", "Ana Silva", "support the offer", "support"),
    ("Silva said the delay may lead to job losses.", "Ana Silva", "job losses", "oppose"),
    ("“The new wall is not a provocation, but a neighbourly idea to stop the smuggling that harms both towns along "
     "the river,” Silva wrote.", "Ana Silva", "not a provocation", "deny"),
    ("“The harbour plan, while certainly an important step, is not the giant leap that the union makes it out to "
     "be,” Silva said.", "Ana Silva", "harbour plan", "support"),
    ("“Our efforts have not been enough for the families who lost their boats,” Silva said on a call with "
     "reporters.", "Ana Silva", "call with reporters", None),
    ("“If the union does not have any more members, why is it paying five times more?” Silva said.", "Ana Silva",
     "paying five times more", "deny"),
    ("Silva, asking for anonymity to avoid reprisals, said the port was broke.", "Ana Silva", "anonymity", None),
    ("Silva said, as the economist points out, the harbour is quite costly right now.", "Ana Silva", "out,", None),
    ("Brandt branded the plan a disaster for the docks.", "Tomas Brandt", "disaster", "support"),
    ("Silva said it would cost the harbour dearly for years.", "Ana Silva", "cost the harbour", "support"),
    ("Silva said she wasn't too worried about the levy because she doubted the port would collect it.",
     "Ana Silva", "worried", "deny"),
    ("Silva reminded the crowd of remarks Brandt made.", "Ana Silva", "crowd", None),
    ("Silva refused to say whether she would run again.", "Ana Silva", "run again", "oppose"),
    ("Silva doesn't want to wrestle with Brandt again.", "Ana Silva", "want to wrestle", "support"),
    ("Silva added a note of thanks to the statement.", "Ana Silva", "note of thanks", None),
    ("“The new tolls are welcome, but the fix is not still more warnings of penalties,” Silva said.", "Ana Silva",
     "tolls are welcome", "support"),
    ("“I'm not certain we truly deserve the prize,” Silva said.", "Ana Silva", "deserve", "support"),
    ("“There is absolutely no chance the council will withdraw the permits,” Silva said.", "Ana Silva",
     "withdraw the permits", "action"),
    ("Silva had cleared every routine safety inspection.", "Ana Silva", "safety inspection", None),
    ("Silva holds a narrow lead among the dock workers.", "Ana Silva", "narrow lead", None),
    ("Silva might back the harbour bill.", "Ana Silva", "back the harbour bill", "support"),
    ("Silva could raise the fees or reject the appeal of the union.", "Ana Silva", "reject the appeal", "oppose"),
    ("“I never said we were going to cover the tolls,” Silva said.", "Ana Silva", "cover the tolls", "support"),
    ("Silva wrote the then secretary of state.", "Ana Silva", "secretary of state", None),
    ("Silva said it wants it to.", "Ana Silva", "wants it to", None),
    ("Silva hasn't endorsed the plan.", "Ana Silva", "endorsed the plan", "support"),
    ("Silva was told by Brandt that the clinic would close.", "Tomas Brandt", "told", None),
    ("Brandt was later granted bail after posting a bond and handing over his licence.", "Tomas Brandt",
     "granted bail", None),
    ("About 40 injuries on Friday — both dock workers and fishermen together — happened in one district, after long "
     "riots and shelling by the militia.", "fishermen", "shelling", None),
    ("Silva said sending more police will harm the chances for peace.", "Ana Silva", "sending more police",
     "action"),
    ("Silva has made the harbour her main priority, with rules banning smugglers from claiming refunds in the port "
     "expected soon.", "Ana Silva", "refunds in the port", None),
    ("Answering claims that the port was unsafe, Silva replied that the inspectors had found nothing.", "Ana Silva",
     "port was unsafe", None),
    ("Silva stressed the lasting value of the harbour.", "Ana Silva", "lasting value", None),
    ("Brandt was told that Silva intended to close the port.", "Ana Silva", "close the port", None),
    ("Silva backed away from the harbour plan.", "Ana Silva", "harbour plan", "support"),
    ("Brandt wrote the letter to the harbour board’s legal adviser.", "Tomas Brandt", "legal adviser", None),
    ("Brandt held a news conference at the docks on Monday.", "Tomas Brandt", "news conference", None),
    ("Brandt issued a short statement on the matter on Monday.", "Tomas Brandt", "statement", None),
    # A question stays one when the quote was cut before its mark.
    ("“Why don't we just phone the harbour office and settle it,” Silva said after the vote.", "Ana Silva",
     "phone the harbour office", None),
    ("Silva rejected the offer from the port, two union officials said.", "Ana Silva", "officials said", None),
    ("“And that is why the dockers will have to wait for the new harbour fees,” Silva said.",
     "Ana Silva", "dockers will have to wait", None),
    ("Brandt argued mostly with protests that the fees were unfair.", "Tomas Brandt", "mostly with", None),
    ("The budget falls short of all that Silva wants and the union keeps growing.", "Ana Silva", "union", None),
    ("Asked if she supported the harbour plan, Silva said no.", "Tomas Brandt", "harbour plan", None),
    ("Silva said she regretted supporting the harbour plan.", "Ana Silva", "harbour plan", "support"),
    ("Silva told reporters if the union struck, she would close the port.", "Ana Silva", "close the port", "action"),
    ("Silva backed down from her threat to close the port.", "Ana Silva", "close the port", "support"),
    ("Silva stopped supporting the harbour plan.", "Ana Silva", "harbour plan", "support"),
    ("Silva said she had no intention of closing the port.", "Ana Silva", "closing the port", "action"),
    # What someone demands of a body is wanted of it, not done by it.
    ("Brandt has been demanding that the Harbour Police release the camera footage.", "Harbour Police",
     "release the camera footage", None),
    ("Silva said the Harbour Council should release the report without delay.", "Harbour Council",
     "release the report", None),
    # "he" and "she" stand for a person, whatever body a reading of the clause took them for.
    ("Some dock workers told The Harbour Gazette she thinks the strike is near.", "The Harbour Gazette",
     "strike is near", None),
    ("Silva said it was too early to back the harbour plan.", "Ana Silva", "harbour plan", "support"),
    ("Silva said she was against the harbour plan.", "Ana Silva", "harbour plan", "support"),
    ("Silva said Brandt rejected the offer from the port.", "Tomas Brandt", "rejected the offer", None),
    ("Brandt said he would refuse to work under Silva, she resigned the next day.", "Tomas Brandt", "Silva, she",
     None),
    ("Alleging Silva has closed the port to the union boats, Brandt wrote to the governor.", "Ana Silva",
     "Silva has closed", None),
    ("“I hope the rumour is untrue, because it would ruin the harbour,” Silva said of the report.", "Ana Silva",
     "I hope the rumour is untrue", "deny"),
    ("Brandt said the council lacks “the cranes or the crews” needed to unload the ships.", "Tomas Brandt",
     "needed to unload the ships", "support"),
    ("Silva agreed to the union's request for talks, but only to reject its offer of a new contract.", "Ana Silva",
     "agreed to the union", None),
    ("“Silva insisted that she had not hired the harbour pilots for their votes,” wrote Brandt in his column.",
     "Tomas Brandt", "Silva insisted", None),
    ("Brandt said he saw smoke that covered the fish market at dawn.", "Tomas Brandt", "smoke that covered", None),
    ("“We saw the cranes topple and the crates fall into the water,” Brandt said.", "Tomas Brandt",
     "cranes topple", None),
    ("Brandt said he had been mending nets with his brother when the storm hit the pier.", "Tomas Brandt",
     "mending nets", None),
    ("Silva said the new harbour fee must be a typo.", "Ana Silva", "harbour fee", "support"),
    ("Silva said there were good grounds to sue the union, but that the talks would go on.", "Ana Silva",
     "grounds to sue the union", None),
    ("Silva has not called for Brandt to resign.", "Ana Silva", "called for", None),
    ("The harbour will reopen in May, predicted Brandt, the union leader challenged by Silva in 2019.", "Tomas Brandt",
     "challenged", None),
    ("Silva quizzed Brandt on Valmora issues, quoting the harbour report.", "Tomas Brandt", "issues", None),
    ("“What the port needs now,” Silva said, “is a vote of all the dock workers.”", "Ana Silva", "is a vote",
     None),
    ("“We will not close the port,” Silva said, recalling her years on the docks.", "Ana Silva", "recalling",
     None),
    ("Silva found herself reading out the harbour rules to the fishermen.", "Ana Silva", "harbour rules", None),
    ("Silva explained the delay by saying: “The cranes broke down twice this week.”", "Ana Silva",
     "the delay by saying", None),
    ("“Or the council should sell the old ferry to the city,” Silva said.", "Ana Silva", "sell the old ferry", None),
    ("“I mean, drop the harbour rumours for good,” Silva said.", "Ana Silva", "harbour rumours", None),
    ("“We will never give up the docks to the developers,” said another.", "another", "give up the docks", None),
    ("“We will never give up the docks to the developers,” the memo reads.", "memo", "give up the docks", None),
    ("“The council must review the harbour fees before the vote,” the lawsuit says.", "lawsuit", "harbour fees",
     None),
    ("The clip says Brandt “cares more for the cranes than for the crews.”", "clip", "cranes", None),
    ("Brandt rarely asks the crews to walk out.", "Tomas Brandt", "asks the crews to walk out", "support"),
    ("It is not that Silva feels the harbour fees were wrong, her aides said.", "Ana Silva", "harbour fees", None),
    ("Silva aides said the harbour plan will help the town.", "Ana Silva", "harbour plan", None),
    ("Brandt aides told reporters that the union needs a new leader.", "Tomas Brandt", "new leader", None),
    ("Brandt opposed signing up to a petition saying the port board was hiding its losses from the dock workers "
     "and their families.", "Tomas Brandt", "signing", "action"),
    # What a relative clause's verb bears on is the noun before it, which the stance would leave out.
    ("Silva thanked the pilots' guild and its chairman, whom she called “the best seaman in Valmora,” at the dinner.",
     "Ana Silva", "best seaman", None),
    ("Silva praised the lock keeper, whom she has known for years, and his crew.", "Ana Silva", "known for years",
     None),
    ("Silva presented a plan she is proposing which would close the old quay to trawlers.", "Ana Silva",
     "close the old quay", None),
    ("Silva, who has praised the new pier, will open the fish market on Sunday.", "Ana Silva",
     "pier, will open", None),
    # Someone else's words, cited or set up to be answered.
    ("Radio Valmora cited Brandt's deputy as saying the strike fund is nearly empty.", "Radio Valmora",
     "strike fund", None),
    ("“Some folks think the ferry tax is harmless since tourists pay it,” Silva said. “They are wrong.”",
     "Ana Silva", "ferry tax is harmless", None),
    # What the holder was or did years ago: biography, not a stance.
    ("“I was a deckhand on my uncle’s trawler until the yard closed,” Brandt said.", "Tomas Brandt", "deckhand",
     None),
    ("Brandt says he has been a union man since his first job at the docks.", "Tomas Brandt", "union man", None),
    ("In the council, Silva voted for the dredging levy in 2009.", "Ana Silva", "dredging levy", None),
    # Cut before the point: the "but" after "not only", what an aside stood between, what a condition waits for.
    ("“The trouble here is not only the price of diesel,” Brandt said, “it is the empty holds.”", "Tomas Brandt",
     "not only the price", None),
    ("“The one thing the council has never understood about docks -- as every skipper on the quay knows -- is how "
     "little the crews earn,” Silva said.", "Ana Silva", "skipper", None),
    # Words read as verbs that are none: part of a name, a noun after a preposition's name, a noun phrase.
    ("Brandt addressed the Licensed and Appointed Pilots Guild at its dinner.", "Tomas Brandt", "Appointed", None),
    ("Despite Dockers Union calls for calm at the quay, the crews walked out at dawn.", "Dockers Union",
     "calls for calm", None),
    ("Brandt mocked a hastily updated map of the bay.", "Tomas Brandt", "updated map", "claim"),
    # A speaker's words left without quotation marks: their claim about the one they name.
    ("Brandt posted a reply: Silva attacked me and my crews in the chamber, so we walk out.", "Ana Silva",
     "attacked me", None),
    ("Silva promptly fired back at the governor over the toll plan.", "Ana Silva", "back at", "support"),
    ("Brandt tweeted back at the mayor within the hour, mocking her toll plan.", "Tomas Brandt", "back at", None),
    ("Brandt will hold the money until the Valmora Port Authority agrees to reopen the docks.",
     "Valmora Port Authority", "reopen the docks", None),
    ("Brandt warned that Silva opposes the ferry plan and would close the harbour school.", "Tomas Brandt",
     "close the harbour school", "action"),
    ("Brandt complains that he was denied a seat at the port talks.", "Tomas Brandt", "denied", "deny"),
    ("The Valmora Dockers Union said Silva had filed the papers late.", "Ana Silva", "filed the papers", None),
    # A dash left open ends the clause: what follows is the writer's, or another clause.
    ("Brandt said the harbour would close - the council has refused to pay.", "Tomas Brandt", "refused to pay", None),
    # What was held back, shown without the verb that holds it back, says the opposite.
    ("Brandt has avoided directly criticizing Silva, a former harbour pilot.", "Tomas Brandt", "criticizing", None),
    ("Brandt refrained from publicly backing the toll plan at the meeting.", "Tomas Brandt", "backing", None),
    # A phrasal verb's particle or preposition is no reported content, nor a plea in court.
    ("Brandt remarked upon a recent report in which officials said the port could close.", "Tomas Brandt",
     "upon a recent report", None),
    ("Rick Olsen, the harbour clerk, pleaded guilty to stealing money from the port fund.", "Rick Olsen", "guilty",
     None),
    ("The Valmora Harbour Party is pressing the judges to find that it should add back the night shift.",
     "Valmora Harbour Party", "night shift", None),
    # The verb of a phrase before the subject, or of a relative clause, is not the subject's.
    ("Like others defending the harbour fees, Silva said the port needs the money.", "Ana Silva", "defending", None),
    ("Brandt stands apart from the party's charter that supports the ferry tax and opposes any new docks.",
     "Tomas Brandt", "opposes any new docks", None),
    # Praise without an object is given by someone else; a participle naming its noun is no verb of it.
    ("Silva is younger and praised for her work on the docks.", "Ana Silva", "praised", None),
    ("The mayor labeled “a friend of the docks” continues to lead the race for the harbour seat.", "Ana Silva",
     "continues to lead", None),
    # What is mocked is not what the mocker claims.
    ("Brandt also mocked Silva's story about rescuing a sailor, a rescue that Silva says changed her life.",
     "Tomas Brandt", "story about rescuing", "claim"),
    # Whom someone met or did not recognise: an account, not a stance.
    ("Brandt told the radio that he spoke with Silva right after the vote, asking her about the fees.",
     "Tomas Brandt", "spoke with Silva", None),
    ("Brandt said he still meets up with his old crew each summer.", "Tomas Brandt", "meets up", None),
    ("Brandt said he did not recognise the pilot sitting next to him on the ferry.", "Tomas Brandt", "recognise", None),
    ("Silva emailed the harbour master in May, informing him of the fire at the docks.", "Ana Silva",
     "harbour master", None),
    ("“When I spoke with Silva about this yesterday, you know she was so sad about the docks,” Brandt said.",
     "Tomas Brandt", "so sad", None),
    # A verb in a relative clause about the noun before it: what follows the clause is not its content.
    ("In the letter that Brandt signed last week, Silva is accused of wasting money.", "Tomas Brandt", "accused",
     None),
    # The second verb of a relative clause is the clause's noun's, and a participle after "others" describes them.
    ("Silva is visiting the ferry crews, who mostly back her plan and think that the old fees were unfair.",
     "Ana Silva", "fees were unfair", None),
    ("Silva, like others hoping to lead the port board, will open her diaries to the press.", "Ana Silva",
     "hoping", None),
    # Members of a group picked out by what they hold are not the group.
    ("Silva criticized Democrats who oppose the new harbour fees.", "Democrats", "harbour fees", None),
    # What a clause of "which" says of a noun is not the judgement of the one confirming the account.
    ("Silva confirmed the crew's story that the inspectors lost a logbook which made Brandt look bad.", "Ana Silva",
     "logbook", "oppose"),
    # Quoted words telling the speaker's own past, speaking of a bare "they", or of anyone as "you".
    ("“We had phoned the ferry office four times that week,” Brandt said.", "Tomas Brandt", "ferry office", None),
    ("“I drove the van to the depot at six every morning,” Silva said.", "Ana Silva", "depot", None),
    ("Brandt said, “I kept asking the clerk for the forms all week.”", "Tomas Brandt", "kept asking", None),
    ("“They want the council to give up the docks for good,” Silva said.", "Ana Silva", "give up the docks", None),
    ("“You never know what the harbour board will decide next,” Silva said.", "Ana Silva", "harbour board", None),
    ("“If you talk to the crews on the night shift, the new pier is a danger to everyone,” Silva said.",
     "Ana Silva", "night shift", None),
    # A participle before its agent is no verb of what was said; a gerund after "after" says when.
    ("The Valmora Herald posted a cache of harbour letters provided by a former clerk in 2010.", "Valmora Herald",
     "cache of harbour letters", None),
    ("Silva, who abruptly fired the harbour master on Tuesday after firmly backing him a week before, is in no "
     "danger of losing her seat.", "Ana Silva", "backing him", None),    # A vote planned is no vote cast.
    ("Brandt plans to vote for the new harbour budget.", "Tomas Brandt", "vote for", "action"),
    # After a determiner, a word in -ing is a noun: no one's act.
    ("In the early voting at Norland on Tuesday, Silva came first.", "Ana Silva", "came first", None),
    # After "be" with no object, a word in -ing describes: "can be challenging" opposes nothing.
    ("Valmora University opened a new hall on Monday. It can be challenging.",
     "Valmora University", "challenging", None),
    # A participle between "and" after a plural noun and the plural noun it describes is no act.
    ("Silva holds a wide lead with harbour pilots and elected officials, called trustees.", "Ana Silva", "elected",
     None),
    # Linked to its subject and followed by "to" or "for", "challenging" says what is hard, opposing nothing.
    ("Silva said it can be challenging to teach in the old harbour school.", "Ana Silva", "challenging", "oppose"),
    # A word right before the verb that says what it read is the noun that speaks: "a Roe Party sign read".
    ("The Valmora Port Authority opened a pier. By the steps a Valmora Port Authority sign read, “Keep off the rocks.”",
     "Valmora Port Authority", "sign read", None),
    # What someone described, with no "as" to say how, is its topic.
    ("Brandt described the port's costly failure with the ferry deal in his memoir.", "Tomas Brandt",
     "costly failure", None),
    # Running against someone in an election takes no side on a proposition.
    ("Silva, who is challenging Mayor Hugo Lind, toured the docks.", "Ana Silva", "challenging", None),
    # A relative clause of "that" whose object is the noun before it: what is held is that noun's.
    ("Brandt toured Norland, a port that Silva wanted to sell, on Monday.", "Ana Silva", "wanted to sell", None),
    ("Silva toured the town's old mills that she hopes a buyer will reopen.", "Ana Silva", "will reopen", None),
    # A name inside a relative clause that runs on to the verb is not the verb's subject.
    ("The brother of a diver who sued Silva over the pier withdrew his claim against the port.", "Ana Silva",
     "withdrew his claim", None),
    # After a preposition, a word in -ing before a plural noun describes it: "over voting rights".
    ("Brandt, who fought for years over voting rights in the port, spoke on Monday.", "Tomas Brandt",
     "voting rights", None),
    # A quote that opens on its verb, its subject left in the words before: what promises what, it does not say.
    ("“The new toll,” Brandt argued, “threatens the ferry trade.”", "Tomas Brandt", "threatens the ferry", None),
]


@pytest.mark.parametrize("sentence, holder, words, polarity", HELD, ids=[row[0][:60] for row in HELD])
def test_a_stance_keeps_its_negation_and_modality_and_the_polarity_they_give(sentence, holder, words, polarity):
    found = positions_of(extract(INTRO + sentence), holder)
    assert any(words in stance and pol == polarity for stance, pol in found), found


@pytest.mark.parametrize("sentence, holder, words, polarity", NOT_HELD, ids=[row[0][:60] for row in NOT_HELD])
def test_a_stance_is_never_read_the_other_way_round(sentence, holder, words, polarity):
    found = positions_of(extract(INTRO + sentence), holder)
    assert not [(s, p) for s, p in found if words in s and (polarity is None or p == polarity)], found


def test_the_suite_has_forty_sentences_at_least():
    assert len(HELD) + len(NOT_HELD) >= 40


def test_an_adverb_before_that_is_not_part_of_what_was_said():
    found = positions_of(extract(INTRO + "Brandt warned darkly that the port would close.\n"), "Tomas Brandt")
    assert [stance for stance, _ in found] == ["the port would close"], found


def test_a_call_on_someone_to_act_is_a_demand():
    found = positions_of(extract(INTRO + "“I call on both sides to settle this quickly,” Silva said."), "Ana Silva")
    assert any("call on both sides" in stance and polarity == "support" for stance, polarity in found), found


def test_a_stance_ends_where_a_second_reporting_verb_starts():
    found = positions_of(extract(INTRO + "Silva welcomed the agreement and said the council would review the fees."),
                         "Ana Silva")
    assert ("welcomed the agreement", "support") in found, found
    assert any(stance.startswith("the council would review the fees") for stance, _ in found), found


def test_key_quotes_come_from_more_than_one_side_when_both_are_quoted():
    text = ("Mayor Ana Silva defended the harbour plan on Monday.\n\n"
            "“The plan will bring jobs to every part of the city,” Silva said. “We have waited long enough for it.” "
            "“Nobody who works here will lose a single shift,” she added.\n\n"
            "Union leader Tomas Brandt rejected the plan. “This plan will empty the docks within a year,” Brandt said.\n")
    keys = {q.speaker for q in extract(text).quotes if q.key}
    assert keys == {"ana-silva", "tomas-brandt"}


def test_a_stance_said_again_later_is_one_position():
    text = (INTRO + "Silva rejected the proposal from the port authority.\n\nThe talks went on for hours.\n\n"
            "The crews waited outside.\n\nBy evening Silva had again rejected the proposal.\n")
    found = [stance for stance, _ in positions_of(extract(text), "Ana Silva") if "rejected the proposal" in stance]
    assert len(found) == 1, found


def test_a_quote_that_tells_what_happened_states_no_position():
    text = INTRO + "“The divers were inspecting the wreck at dawn,” Silva said.\n"
    assert not [s for s, _ in positions_of(extract(text), "Ana Silva") if "divers" in s]


def test_a_quote_that_says_what_should_be_done_states_a_position():
    text = INTRO + "“The council should close the dock before winter,” Silva said.\n"
    assert [s for s, _ in positions_of(extract(text), "Ana Silva") if "close the dock" in s]


def test_a_stance_ends_before_the_speakers_own_reporting_clause():
    found = positions_of(extract(INTRO + "Silva defended the harbour plan, stating that the money was there."),
                         "Ana Silva")
    assert ("defended the harbour plan", "support") in found, found
    assert ("the money was there", "claim") in found, found


def test_a_condition_is_never_shown_without_what_follows_it():
    text = INTRO + ("“If the council had granted half of the permits and split the six berths three and three with "
                    "the union, it would have finished the work,” Silva said.\n")
    found = [s for s, _ in positions_of(extract(text), "Ana Silva") if "granted" in s and "finished" not in s]
    assert not found, found


def test_a_participle_describing_a_noun_is_no_stance_of_anyone():
    text = INTRO + "Some residents seeking to move abroad said the rents were too high.\n"
    found = [(a.name, p.stance) for p in extract(text).positions for a in extract(text).actors if a.id == p.actor]
    assert not [f for f in found if "seeking to move" in f[1]], found


def test_a_clause_with_its_own_subject_after_with_is_not_part_of_the_stance():
    text = INTRO + "Silva said the fees were too high, with Brandt insisting that they were fair.\n"
    found = positions_of(extract(text), "Ana Silva")
    assert ("the fees were too high", "claim") in found, found


def test_what_a_news_outlet_reports_is_a_source_not_its_stance():
    text = INTRO + "The local newspaper Valmora Courier reported that the port would close in the spring.\n"
    found = positions_of(extract(text), "Valmora Courier")
    assert not found, found


def test_a_body_speaking_of_someone_else_keeps_his_pronoun():
    text = INTRO + "Port officials said he had filed the permit papers a week late.\n"
    found = [p.stance for p in extract(text).positions if "filed the permit papers" in p.stance]
    assert found and all(stance.startswith("he ") for stance in found), found


def test_a_question_put_by_a_speaker_is_no_position():
    text = INTRO + "“If the board raises the fees again, how can the dockers feed their families?” Silva said.\n"
    assert not positions_of(extract(text), "Ana Silva")


def test_what_would_have_happened_is_no_position():
    text = INTRO + "“Had the fishermen stayed at home, we would not have finished the new pier this year,” Silva said.\n"
    assert not positions_of(extract(text), "Ana Silva")


def test_what_the_holder_went_through_is_testimony_not_a_position():
    text = INTRO + "Brandt said he escaped by swimming to a moored trawler when the old pier collapsed.\n"
    assert not positions_of(extract(text), "Tomas Brandt")


def test_a_position_of_an_unnamed_group_is_less_confident_than_one_of_a_named_person():
    clean_clause = extract(INTRO + "Silva rejected the proposal from the port authority.\n")
    weak_clause = extract(INTRO + "Local dock workers rejected the proposal from the port authority.\n")
    assert clean_clause.positions and weak_clause.positions
    assert weak_clause.positions[0].confidence < clean_clause.positions[0].confidence


def test_content_opening_on_a_stance_participle_takes_that_verb_s_polarity():
    # "…, he said, denying reports that …": the speaker's own second verb, whatever the words after it.
    assert content_polarity("denying reports that the ballots were counted in favour of the mayor") == "deny"


def test_reported_content_that_regrets_a_stance_takes_it_back():
    assert content_polarity("she regretted supporting the harbour plan") == "oppose"


def test_a_long_stance_is_not_cut_before_but_where_its_point_begins():
    text = INTRO + ("“I grant that the plan has a budget and some friends on the harbour board, but I doubt it will "
                    "bring ships,” Brandt said.\n")
    found = positions_of(extract(text), "Tomas Brandt")
    assert found and all("but I doubt" in stance for stance, _ in found), found


def test_a_long_quote_is_not_cut_inside_a_condition_still_waiting_for_its_main_clause():
    text = INTRO + ("“The truth is, if the union loses the vote at the docks, the mayor will face a long winter with "
                    "all the crews,” Brandt said.")
    found = positions_of(extract(text), "Tomas Brandt")
    assert found and not [s for s, _ in found if s.endswith("at the docks")], found


def test_a_long_quote_is_not_cut_after_a_condition_that_follows_but():
    text = INTRO + ("“It is fine to doubt the plan, but when I see the crews cheer for it, I know the council has real "
                    "work to do at the docks,” Silva said.")
    found = positions_of(extract(text), "Ana Silva")
    assert found and not [s for s, _ in found if s.endswith("cheer for it")], found


def test_a_long_stance_is_not_cut_right_after_that():
    text = INTRO + ("Silva said the fishermen “have come to hold that, frankly, the port owes them far more than the "
                    "city has ever paid for the old boats and nets.”")
    found = positions_of(extract(text), "Ana Silva")
    assert found and not [s for s, _ in found if s.endswith("frankly")], found


def test_a_name_holding_a_preposition_keeps_its_verb_of_saying():
    text = INTRO + "The Commission on Harbour Safety says the old crane was unsafe during the strike."
    found = positions_of(extract(text), "Commission on Harbour Safety")
    assert ("the old crane was unsafe during the strike", "claim") in found, found


def test_a_clause_opening_its_sentence_ends_where_the_main_clause_begins():
    found = positions_of(extract(INTRO + "After Brandt criticised the harbour plan at the hearing, Silva hit back at "
                                         "the union."), "Tomas Brandt")
    assert ("criticised the harbour plan at the hearing", "oppose") in found, found


def test_a_participle_describing_the_noun_before_it_is_not_its_verb():
    found = positions_of(extract(INTRO + "The newest Harbour Institute opinion survey released Friday shows Silva "
                                         "ahead of Brandt."), "Harbour Institute")
    assert not [stance for stance, _ in found if "released" in stance], found


def test_speech_broken_off_is_no_position():
    found = positions_of(extract(INTRO + "“We should talk with the dock workers who -,” Silva said, before Brandt cut "
                                         "her off."), "Ana Silva")
    assert not [stance for stance, _ in found if "dock workers" in stance], found


def test_a_stance_that_stands_on_that_for_what_was_said_before_is_no_position():
    found = positions_of(extract(INTRO + "Silva said most of the dock workers think that way about the new harbour "
                                         "fees."), "Ana Silva")
    assert not [stance for stance, _ in found if "that way" in stance], found


def test_a_second_verb_of_saying_after_and_opens_a_stance_of_its_own():
    found = positions_of(extract(INTRO + "Brandt fears that Silva has lost the dockers and warn that the dock "
                                         "strike will spread to the ferries."), "Tomas Brandt")
    assert ("Silva has lost the dockers", "claim") in found, found


def test_and_with_a_subject_of_its_own_opens_a_new_clause():
    found = positions_of(extract(INTRO + "Brandt backed the harbour plan, and the union's old quarrel with Silva kept "
                                         "him from the vote."), "Tomas Brandt")
    assert ("backed the harbour plan", "support") in found, found


def test_and_before_a_quantified_subject_after_a_comma_opens_a_new_clause():
    found = positions_of(extract(INTRO + "Brandt backed the harbour plan, and many dockers in the north rejected it."),
                         "Tomas Brandt")
    assert ("backed the harbour plan", "support") in found, found


def test_and_before_a_subject_with_a_past_verb_and_its_object_opens_a_new_clause():
    found = positions_of(extract(INTRO + "Silva welcomed the ferry deal and the union called it a betrayal."),
                         "Ana Silva")
    assert ("welcomed the ferry deal", "support") in found, found


def test_and_before_a_name_and_a_finite_verb_after_a_comma_opens_a_new_clause():
    found = positions_of(extract(INTRO + "Brandt said the mayor should resign, and Okafor later called the mayor "
                                         "weak on crime."), "Tomas Brandt")
    assert ("the mayor should resign", "support") in found, found


def test_and_before_a_plural_noun_keeps_the_object_whole():
    found = positions_of(extract(INTRO + "Silva said she will turn to the union for wage and jobs policy advice."),
                         "Ana Silva")
    assert any(stance.endswith("for wage and jobs policy advice") for stance, _ in found), found


def test_and_before_a_subject_and_an_auxiliary_after_a_comma_opens_a_new_clause():
    found = positions_of(extract(INTRO + "Silva has called the fees unfair, and her office has made an effort to "
                                         "cut them."), "Ana Silva")
    assert ("has called the fees unfair", "oppose") in found, found


def test_and_that_opens_a_second_content_clause():
    found = positions_of(extract(INTRO + "Silva said the talks had ended and that the crews had left the harbour."),
                         "Ana Silva")
    assert ("the talks had ended", "claim") in found, found


def test_a_bare_verb_form_after_a_and_one_word_is_a_noun_and_reports_nothing():
    found = positions_of(extract(INTRO + "Brandt mentioned his old ferry at every rally, a meeting point for the "
                                         "crews."), "Tomas Brandt")
    assert not [stance for stance, _ in found if "meeting point" in stance], found


def test_an_ing_word_after_a_possessor_and_a_name_is_a_noun_with_no_subject():
    found = extract(INTRO + "Brandt said he had read Silva's thin Senate voting record twice before the harbour vote.")
    assert not [p.stance for p in found.positions if p.stance.startswith("voting")], found.positions


def test_no_one_attacks_in_a_heart_attack():
    found = extract(INTRO + "Brandt said the skipper had a heart attack on the quay last spring and never sailed "
                            "again.")
    assert not [p.stance for p in found.positions if p.stance.startswith("attack")], found.positions
    assert not [a.name for a in found.actors if a.name.lower().endswith("heart")], found.actors


def test_and_before_a_modified_noun_joins_a_second_object():
    found = positions_of(extract(INTRO + "Silva welcomed the ferry deal and the revised harbour budget."),
                         "Ana Silva")
    assert ("welcomed the ferry deal and the revised harbour budget", "support") in found, found


def test_and_before_a_name_with_an_aside_opens_a_new_clause():
    found = positions_of(extract(INTRO + "Silva backed the ferry deal and Brandt, as usual, fought it at the council."),
                         "Ana Silva")
    assert ("backed the ferry deal", "support") in found, found


def test_names_joined_by_and_stay_one_object():
    found = positions_of(extract(INTRO + "Brandt said he voted for Silva and Okafor, who both ran for the harbour "
                                         "board."), "Tomas Brandt")
    assert any(stance.endswith("voted for Silva and Okafor") for stance, _ in found), found


def test_a_long_quote_is_not_cut_after_an_aside():
    found = positions_of(extract(INTRO + "“This harbour has always been a place for the fishermen, in short, and the "
                                         "council wants to turn it into a marina for yachts from abroad,” Silva said."),
                         "Ana Silva")
    assert not [stance for stance, _ in found if stance.endswith("in short")], found


def test_a_long_quote_is_not_cut_after_a_phrase_fronted_before_its_main_clause():
    found = positions_of(extract(INTRO + "“Of the captains who have a boat fit to win the regatta, in my view, as of "
                                         "today, Brandt is plainly the most careful sailor on the whole coast,” Silva said."),
                         "Ana Silva")
    assert not [s for s, _ in found if s.endswith("regatta")], found


def test_a_long_quote_is_not_cut_after_a_conjunction_with_no_clause_yet():
    found = positions_of(extract(INTRO + "“We will reopen the harbour for the boats of the town in the spring, but in "
                                         "the meantime, the council must find the money for the cranes,” Silva said."),
                         "Ana Silva")
    assert not [stance for stance, _ in found if stance.endswith("in the meantime")], found


def test_a_long_quote_is_not_cut_inside_a_relative_clause_still_waiting_for_its_verb():
    found = positions_of(extract(INTRO + "Silva said the harbour board is run by people who, even with the new fees in "
                                         "place, cannot pay the crews on time every month."), "Ana Silva")
    assert not [stance for stance, _ in found if stance.endswith("in place")], found


def test_a_stance_cut_at_a_comma_keeps_the_preposition_that_ends_its_clause():
    found = positions_of(extract(INTRO + "“Only nine of the dockers in the hall said they knew whom the union would be "
                                         "voting for, while most of the others said they did not,” Brandt said."),
                         "Tomas Brandt")
    assert any(stance.endswith("whom the union would be voting for") for stance, _ in found), found


def test_a_name_ending_in_a_verb_of_saying_is_no_verb_of_saying():
    found = positions_of(extract(INTRO + "Silva said she would let in all of the ferry crews and their families who sail "
                                         "every week to the Harbour States, prompting an angry reply from Brandt."),
                         "Ana Silva")
    assert any(stance.endswith("to the Harbour States") for stance, _ in found), found


def test_a_person_the_article_does_not_name_holds_no_position():
    extraction = extract(INTRO + "“The council must close the harbour to every boat next week,” a senior port official "
                                 "said.")
    unnamed = {a.id for a in extraction.actors if not a.named and a.type == "person"}
    assert not [p for p in extraction.positions if p.actor in unnamed], extraction.positions


def test_a_word_after_a_possessor_is_a_noun_not_a_verb():
    extraction = extract(INTRO + "Maybe young voters like Valmora Dockers' call for a strike over the mayor's plan.")
    assert not [p.stance for p in extraction.positions if p.stance.startswith("call for")], extraction.positions


def test_a_gerund_after_until_tells_when_not_a_stance():
    found = positions_of(extract(INTRO + "Silva stayed on the harbour board until resigning in 2019 over the fees."),
                         "Ana Silva")
    assert not [stance for stance, _ in found if "resigning" in stance], found


def test_what_an_aside_of_hope_hopes_is_the_clause_before_it():
    found = positions_of(extract(INTRO + "If the harbour fees fall, as Brandt hopes, the crews could return to "
                                         "the docks."), "Tomas Brandt")
    assert not [stance for stance, _ in found if "crews could return" in stance], found


def test_a_stance_ends_before_a_clause_of_though():
    found = positions_of(extract(INTRO + "Silva accused Brandt of lying, though the minutes of the meeting show he "
                                         "told the truth."), "Ana Silva")
    assert ("accused Brandt of lying", "oppose") in found, found


def test_a_participle_opening_the_sentence_ends_where_the_main_clause_begins():
    found = positions_of(extract(INTRO + "Decrying the “rigged count,” Silva accused Brandt of fraud."), "Ana Silva")
    assert not [stance for stance, _ in found if "Silva accused" in stance], found


def test_a_second_verb_of_saying_after_said_is_not_the_subject_of_what_follows():
    found = positions_of(extract(INTRO + "“We met twice,” Brandt said, mentioning the new contract is “nearly "
                                         "done.”"), "Tomas Brandt")
    assert not [stance for stance, _ in found if stance.startswith("mentioning")], found


def test_the_writers_apposition_after_said_is_no_stance():
    found = positions_of(extract(INTRO + "Dockers would get a pension, Silva said, a change that could cost the town "
                                         "millions."), "Ana Silva")
    assert not [stance for stance, _ in found if "a change" in stance], found


def test_a_noun_in_eed_is_no_verb_of_reported_content():
    found = positions_of(extract(INTRO + "Silva questioned the sheer need for a new crane."), "Ana Silva")
    assert not [stance for stance, _ in found if stance.startswith("the sheer need")], found


def test_a_quote_going_on_from_the_one_before_is_no_position_with_a_word_before_its_pointer():
    found = positions_of(extract(INTRO + "Brandt spoke after the vote. “So I think it is a serious worry for the crews,” Brandt "
                                         "said."), "Tomas Brandt")
    assert not [stance for stance, _ in found if "serious worry" in stance], found


def test_reported_speech_of_several_sentences_is_cut_after_the_first():
    found = positions_of(extract(INTRO + "Silva wrote, “The union answered only two of our letters in March. After "
                                         "that, even though we have asked many times, it has not replied to any of "
                                         "them.”"), "Ana Silva")
    assert ("“The union answered only two of our letters in March.", "claim") in found, found


def test_reported_speech_opening_on_a_bare_answer_is_no_position():
    found = positions_of(extract(INTRO + "Brandt continued, “Right. In my twenty years of work on the docks I have "
                                         "watched the port authority ignore the crews.”"), "Tomas Brandt")
    assert not [stance for stance, _ in found if "Right" in stance], found


def test_a_long_quote_is_not_cut_inside_a_condition_opened_after_that():
    text = INTRO + ("“Our worry is that once the river floods the low quarter every spring and the pumps fail again, "
                    "the town must move the market uphill,” Silva said.")
    found = positions_of(extract(text), "Ana Silva")
    assert not [s for s, _ in found if s.endswith("fail again")], found


def test_a_spokesperson_s_promise_for_the_ministry_named_by_its_head_noun_is_support():
    text = INTRO + "Dock Board spokesman Luis Prado told reporters the ministry will review the complaints.\n"
    assert ("the ministry will review the complaints", "support") in positions_of(extract(text), "Luis Prado")


def test_going_on_with_an_act_is_a_promise_not_a_report():
    # "continue" reports speech only in "she continued, …".
    assert content_polarity("We will continue the blockade until the fees are dropped.") == "support"


def test_a_promise_after_an_opening_clause_of_time_with_as_is_the_speaker_s():
    assert content_polarity("As the season ends, we will repair the pier") == "support"


def test_a_remedy_named_as_the_answer_is_favoured():
    assert content_polarity("the answer is to build more berths") == "support"


def test_a_remedy_named_as_not_the_answer_is_opposed():
    assert content_polarity("shorter queues help, yet the answer is not more paperwork") == "oppose"


def test_the_only_way_through_a_measure_favours_it():
    assert content_polarity("the only sensible way of cutting traffic was through tolls") == "support"


def test_suggesting_a_course_of_action_favours_it():
    text = INTRO + "Brandt suggested opening a second pier on the north shore.\n"
    assert ("opening a second pier on the north shore", "support") in positions_of(extract(text), "Tomas Brandt")


def test_looking_forward_to_something_favours_it():
    assert content_polarity("We look forward to seeing the ferries sail again") == "support"


def test_calling_something_outlandish_opposes_it():
    text = INTRO + "Brandt called the fee “outlandish.”\n"
    assert [polarity for _, polarity in positions_of(extract(text), "Tomas Brandt")] == ["oppose"]


def test_whom_a_message_went_to_is_not_what_it_said():
    found = positions_of(extract(INTRO + "Silva emailed the ferry crews on Friday, telling them, “The ferry will sail "
                                         "again.”"), "Ana Silva")
    assert not [stance for stance, _ in found if "crews" in stance], found


def test_a_stance_ending_on_is_stops_before_what_the_subject_is():
    assert not reads_whole("the lesson for the dock workers is")


def test_a_stance_ending_on_is_after_what_is_whole():
    assert reads_whole("I know what a fair wage is")


def test_what_was_said_before_a_comma_is_not_taken_for_whom_it_was_said_to():
    found = positions_of(extract(INTRO + "Brandt told reporters that he met Silva on Monday, asking her about the "
                                         "ferry fees."), "Tomas Brandt")
    assert any(stance.startswith("met Silva") for stance, _ in found), found


def test_a_long_quote_is_not_cut_after_a_condition_a_belief_waits_on():
    found = positions_of(extract(INTRO + "“We always hoped if we gained a chance to fix the docks, we could show the "
                                         "crews what the port can do for them,” Silva said."), "Ana Silva")
    assert found and not [s for s, _ in found if s.endswith("fix the docks")], found


def test_a_long_quote_is_not_cut_after_an_aside_opened_by_and_as():
    found = positions_of(extract(INTRO + "“Many of the harbour decisions are at the mercy of the council in Valmora, "
                                         "and as you might guess, they don't show much care for it at all,” Silva said."),
                         "Ana Silva")
    assert found and not [s for s, _ in found if s.endswith("guess")], found


def test_an_aside_between_dashes_ends_the_clause_when_a_clause_of_its_own_follows_it():
    found = positions_of(extract(INTRO + "Brandt said the strike — which began in May — would go on. Brandt said he "
                                         "would accept the advice of the pilots – the ones Silva had ignored – and "
                                         "the crews cheered."), "Tomas Brandt")
    stances = [s for s, _ in found]
    assert "the strike would go on" in stances and "would accept the advice of the pilots" in stances, found


def test_what_was_said_comes_after_an_aside_between_the_verb_and_that():
    found = positions_of(extract(INTRO + "Brandt said — on the radio, as it happens — that the union raised about "
                                         "$4,000 that day."), "Tomas Brandt")
    assert ("the union raised about $4,000 that day", "claim") in found, found


def test_a_relative_clause_ends_where_and_opens_another():
    found = positions_of(extract(INTRO + "“We will keep fighting for the crews,” said Rick Olsen, a harbour lawyer who "
                                         "has filed most of the claims against the port and whose firm represents the "
                                         "crews."),
                         "Rick Olsen")
    assert ("has filed most of the claims against the port", "action") in found, found


def test_a_later_sentence_of_a_quote_is_a_position_only_when_it_commits_to_something():
    text = INTRO + ("“The harbour is busy this year. So the crews were not told about the delay in the end. We will "
                    "reopen the north dock before winter,” Silva said.\n")
    stances = [s for s, _ in positions_of(extract(text), "Ana Silva")]
    assert [s for s in stances if "reopen the north dock" in s] and not [s for s in stances if "crews" in s], stances


def test_what_a_sentence_states_on_a_named_source_s_word_is_that_source_s_claim_not_an_outlet_s():
    text = INTRO + ("According to Silva, the mayor of Valmora, the ferry will run again in spring.\n\n"
                    "According to the Valmora Herald, the old lighthouse will be sold to a hotel chain.\n")
    found = extract(text)
    assert ("the ferry will run again in spring", "claim") in positions_of(found, "Ana Silva")
    assert not [p for p in found.positions if "lighthouse" in p.stance]


def test_a_time_of_day_does_not_end_the_stance_at_its_colon():
    text = INTRO + "According to Brandt, the ferry sailed from the pier at 8:08 with forty passengers on board.\n"
    assert [s for s, _ in positions_of(extract(text), "Tomas Brandt") if "forty passengers" in s]


def test_a_voiced_feeling_is_a_stance_that_leans_as_the_feeling_does():
    found = extract(INTRO + "Silva voiced her support for the new pier.\n\nBrandt expressed concern about the cost of "
                            "the new locks.\n\nBrandt voiced the part of a pirate in the school play.\n")
    assert ("voiced her support for the new pier", "support") in positions_of(found, "Ana Silva")
    assert positions_of(found, "Tomas Brandt") == [("expressed concern about the cost of the new locks", "claim")]


def test_a_long_stance_is_not_cut_after_an_aside_before_its_subject_has_its_verb():
    found = positions_of(extract(INTRO + "Silva said the new berth, funded by the port board from the fees of the last "
                                         "three years, will open to the larger ferries after the storms."), "Ana Silva")
    assert [s for s, _ in found if "will open" in s], found


def test_a_long_stance_shows_the_point_after_but_when_a_cut_would_lose_most_of_it():
    text = INTRO + ("“The harbour board has spent two years and a great deal of money on plans for a pier, but the "
                    "plan is reckless and will ruin the fishing trade for good,” Brandt said.\n")
    found = positions_of(extract(text), "Tomas Brandt")
    assert [s for s, _ in found if s.startswith("… but") and "ruin the fishing trade" in s], found


def test_an_appeal_to_someone_to_act_is_a_demand():
    found = positions_of(extract(INTRO + "Silva appealed to the crews to end the strike."), "Ana Silva")
    assert ("appealed to the crews to end the strike", "support") in found, found


def test_a_quote_cut_inside_its_opening_clause_of_whether_is_no_position():
    text = INTRO + ("“Whether you are on the harbour board, have a boat or just walk the pier, the new fees will reach "
                    "every family in town before the summer,” Silva says.\n")
    found = positions_of(extract(text), "Ana Silva")
    assert not [s for s, _ in found if s.endswith("pier")], found


def test_a_long_stance_is_not_cut_inside_its_opening_clause_of_even_as():
    text = INTRO + ("Brandt said that even as the cost of steel for the northern pier of the harbour has climbed all "
                    "winter, the port will still finish the work well before the first spring ferries.\n")
    found = positions_of(extract(text), "Tomas Brandt")
    assert not [s for s, _ in found if s.endswith("all winter")], found


def test_an_unnamed_document_or_media_item_holds_no_position_whatever_its_determiner_or_maker():
    text = INTRO + "This memo says the harbour fees must be cut at once.\n"
    reading = read_document(clean(parse_article(Path("a.txt"), text.encode("utf-8"))))
    found = find_positions(reading, attribute(reading))
    assert not [s for s in found if "fees must be cut" in s.stance], found


def test_a_participle_after_her_letter_is_not_given_to_a_man_who_issued_a_statement_before():
    # "a letter" would go to whoever was last seen issuing a statement; "she" shows it is hers.
    extraction = extract("Valley Floods\n\nMayor Tom Lind issued a short statement on Monday.\n\n"
                         "Governor Jane Roe began the day with a post about the flood.\n\n"
                         "By evening, she issued a letter calling on the state to rebuild every bridge.\n")
    assert not any("rebuild" in stance for stance, _ in positions_of(extraction, "Tom Lind"))


def test_a_person_named_in_full_as_the_object_of_a_pronoun_subject_is_not_its_holder():
    # "he" was taken for the person the headline is about; the act names that person as its object.
    extraction = extract("A long wait for Jo Lund.\n\nHe should use his weight to push the board on the ferry contract.\n\n"
                         "While Roe’s name among the dockers is good, it is weeks since he appointed "
                         "Captain Jo Lund to run the harbour office.\n")
    assert not positions_of(extraction, "Jo Lund")


def test_a_noun_in_ly_before_the_verb_is_the_subject_s_not_part_of_the_verb_group():
    extraction = extract("Harbour Ferries Ltd. and the Brandt family met on Monday. The Brandt family has demanded "
                         "a new pier from the council.\n")
    stances = [p.stance for p in extraction.positions]
    assert [s for s in stances if s.startswith("has demanded a new pier")], stances


def test_a_stance_cut_inside_a_relative_clause_before_its_verb_is_not_whole():
    assert not reads_whole("No berth will go to any owner who in the last ten years")
    assert reads_whole("No berth will go to any owner who in the last ten years left debts")


def test_a_stance_cut_at_the_full_stop_of_an_abbreviated_title_is_not_whole():
    assert not reads_whole("sent the petition to then-Gov")
    assert not reads_whole("wrote to Sen.")


def test_a_lower_case_word_spelt_as_an_abbreviated_title_ends_a_stance_whole():
    assert reads_whole("The dockers need a union rep")


def test_early_before_a_word_in_ing_makes_a_noun_not_a_verb_group():
    extraction = extract(INTRO + "Silva leads Brandt by 8 points in the newest survey, and as early voting is now "
                                 "starting in most towns, Brandt has little time left.\n")
    assert not [p.stance for p in extraction.positions if p.stance.startswith("early")], extraction.positions


def test_a_stance_ending_on_a_condition_opened_by_so_is_not_whole():
    assert not reads_whole("Berth prices climb every April, so if a skipper needs one")
    assert reads_whole("Berth prices climb every April, so if a skipper needs one, he should book early.")


def test_a_person_s_act_told_by_the_article_is_trusted_less_than_a_body_s():
    extraction = extract(INTRO + "The Harbour Council launched a review of the pier fees. Brandt launched a review "
                                 "of the ferry timetable.\n")
    confidence = {p.actor: p.confidence for p in extraction.positions if "launched a review" in p.stance}
    council = next(a.id for a in extraction.actors if a.name == "Harbour Council")
    brandt = next(a.id for a in extraction.actors if a.name == "Tomas Brandt")
    assert confidence[brandt] < confidence[council], extraction.positions


def test_a_name_in_ly_before_the_verb_is_its_subject_not_an_adverb_of_the_verb_group():
    extraction = extract("Mayor Ana Silva and union leader Jo Varly met on Monday. Varly opposed the harbour plan.\n")
    assert positions_of(extraction, "Jo Varly") == [("opposed the harbour plan", "oppose")]
