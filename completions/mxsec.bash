# bash completion for mxsec. Generated from the command model and the corpus by
# 'mxsec completion bash'; do not edit (the test suite fails when it is stale).
_mxsec_v0='table plain json jsonl yaml csv tsv md'
_mxsec_v1='ellis-2016 ellis-2018-mar ellis-2018-may ellis-2022 felbab-brown-2024'
_mxsec_v2='event statistic assessment presence relationship leadership policy recommendation'
_mxsec_v3='homicide disappearances violence political-violence elections fragmentation territory drug-trafficking fentanyl methamphetamine heroin cocaine marijuana synthetic-drugs precursors drug-demand extortion kidnapping fuel-theft illegal-mining logging agriculture fishing wildlife retail legal-economy migration human-trafficking cybercrime money-laundering arms corruption impunity governance judiciary police military militarization national-guard intelligence prisons ports borders cooperation assistance legislation strategy leadership-targeting social-programs human-rights history self-defense china russia geopolitics international tourism energy economy public-opinion'
_mxsec_v4='aguascalientes baja-california baja-california-sur campeche chiapas chihuahua ciudad-de-mexico coahuila colima durango guanajuato guerrero hidalgo jalisco estado-de-mexico michoacan morelos nayarit nuevo-leon oaxaca puebla queretaro quintana-roo san-luis-potosi sinaloa sonora tabasco tamaulipas tlaxcala veracruz yucatan zacatecas Ags. BC BCS CDMX DF D.F. Gto. México Edomex Michoacdan Michoacéan NL SLP'
_mxsec_v5='cartel faction armed-wing gang militia guerrilla foreign-group terrorist-group'
_mxsec_v6='guadalajara-cartel sinaloa-cartel cjng zetas gulf-cartel juarez-cartel tijuana-cartel beltran-leyva-organization la-familia-michoacana knights-templar cartel-del-noreste carteles-unidos chapitos mayos santa-rosa-de-lima-cartel guerreros-unidos cartel-de-caborca los-mezcales los-rojos cartel-de-acapulco cartel-de-la-costa-chica la-union-tepito cartel-de-tlahuac primeiro-comando-da-capital russian-criminal-groups chinese-criminal-groups chinese-money-laundering-networks la-linea mata-zetas farc clan-del-golfo cachiros valle-valle lorenzana-family mendoza-family lopez-ortiz-family texis-cartel los-perrones korean-criminal-groups epr la-sombra los-metros gente-nueva-reynosa Sinaloa CDS CING CNJG CDG Juarez AFO BLO LFM Templarios CDN Mayiza CSRL Mezcales Mexcales Rojos PCC CMLOs CMLO Línea Matazetas Urabeños AGC Lorenzanas Lorenzana Mendozas Texis Perrones Sombra Metros'
_mxsec_v7='felipe-calderon enrique-pena-nieto andres-manuel-lopez-obrador claudia-sheinbaum joaquin-guzman donald-trump salvador-cienfuegos ismael-zambada nemesio-oseguera ovidio-guzman rafael-caro-quintero miguel-angel-osorio-chong r-evan-ellis vanda-felbab-brown luis-rodriguez-bucio vicente-fox jose-alfredo-cardenas-martinez ricardo-gomez-meillon vasquez-zarate orozco-peqaven martin-barney-montalvo paulino-jimenez hector-solis ernesto-encinas pablo-cruz arturo-sarukhan guillermo-valdes raul-benitez jose-de-cordoba dudley-althaus inigo-guevara alexander-carlos manuel-guerrero-hernandez adalberto-arauz patricia-escamilla-hamm duncan-wood eric-olson pablo-escobar juan-ramon-matta-ballesteros miguel-angel-felix-gallardo amado-carrillo-fuentes hector-palma-salazar juan-garcia-abrego daniel-correa el-barbas jose-noriel-portillo jose-antonio-yepez francisco-garcia-cabeza-de-vaca sergio-carmona-angulo americo-villarreal mara-lezama omar-garcia-harfuch jefe-apollo alfonso-durazo audomaro-martinez-zapata rosa-icela-rodriguez joe-biden barack-obama sean-penn perry-wiggins servando-gomez miguel-angel-trevino hector-beltran-leyva monte-alejandro-rubido john-pershing pancho-villa roger-noriega ricardo-anaya jose-antonio-meade margarita-zavala javier-lozano gabriela-cuevas manlio-fabio-beltrones hugo-flores roberto-madrazo olga-sanchez-cordero jose-manuel-solano-ochoa nestora-salgado rex-tillerson james-mattis hugo-chavez el-toro Calderón Calder6n EPN AMLO Sheinbaum Trump Cienfuegos Mencho Ovido Chong Ellis Felbab-Brown Fox Sarukhan Escamilla-Hamm Barbas Harfuch Durazo Biden Obama Penn Z-40 Rubido Pershing Anaya Meade Zavala Lozano Beltrones Madrazo Tillerson Mattis Chávez'
_mxsec_v8='sedena semar mexican-armed-forces federal-police national-guard gobernacion pgr fgr cisen uif dea us-army-war-college-ssi wilson-center-mexico-institute pri pan morena prd army-military-police mexican-congress scjn cemex inter-american-defense-college inter-american-defense-board cecopam central-american-security-conference conference-of-defense-ministers-of-the-americas naval-infantry semar-special-forces sct cumar unaprop advanced-naval-stations unicapam merchant-marine-training-administration mexican-customs congressional-research-service geopolitical-futures semar-cybersecurity-unit naval-war-college national-gendarmerie fuerza-civil fincen cia juntos-haremos-historia altiplano-prison topo-chico-prison piedras-negras-prison us-state-department seventh-special-forces-group whinsec us-army-cgsc us-army-war-college us-defense-attache-office-mexico cni sspc mexico-city-police joint-staff mexican-air-force mexico-siu international-crisis-group us-department-of-defense us-armed-forces us-justice-department ofac sonora-state-government tamaulipas-state-government quintana-roo-state-government rnpdno mexico-evalua shcp pemex sat national-intelligence-system financial-security-cabinet state-police los-angeles-times vice-media russian-intelligence-services chinese-intelligence-services chinese-government us-army-north comision-nacional-de-seguridad federal-penitentiary-system mexican-presidency mexico-city-government chamber-of-deputies mexican-senate pes estado-mayor-presidencial reforma huawei zte norinco ceiec avic Army Navy marines PF GN SEGOB FIU SSI IADC IADB JID CENTSEC CDMA FES cumares UNAPROPs FIDENA Aduanas ANAM CRS geopoliticalfutures.com CESNAV Gendarmerie Gendarmería Altiplano Almoloya CGSC USAWC SSC SSC-CDMX FAM SIU ICG DoD Pentagon DOJ Hacienda Vice Beijing ARNORTH CNS Senate Senado EMP'
_mxsec_v9='merida-initiative bicentennial-framework war-on-the-cartels gendarmerie-plan internal-security-law military-police-brigades northern-radar-program peacekeeping-commitment port-security-transfer navy-customs-initiative bases-operaciones-mixtas control-de-confianza adversarial-justice-system semar-infosec-masters national-security-law-2020 usmca nafta abrazos-no-balazos mando-unico national-guard-creation national-guard-sedena-transfer semar-regional-command-reorganization operativo-conjunto-michoacan border-commander-program us-mexico-military-staff-talks russia-sanctions judicial-reform-2024 salary-reforms high-value-targeting peace-and-security-strategy first-100-days-security-strategy highway-security-policy pena-nieto-security-strategy security-reorganization-2012 gobernacion-single-window us-state-marijuana-legalization colombia-glyphosate-spraying us-border-wall amlo-amnesty-proposal cisen-abolition emp-abolition armed-forces-organic-law bilateral-toc-working-group BOM BOMs NSJP T-MEC CUSMA TLCAN Hugs-Not-Bullets HVT amnesty'
_mxsec_v10='guadalajara united-states china colombia san-diego morelos-military-base puerto-penasco altamira iraq afghanistan central-america caribbean mexico-southeast cuautitlan-izcalli valle-de-bravo badiraguato la-tuna caborca manzanillo lazaro-cardenas aguililla cerocahui culiacan cancun playa-del-carmen monterrey tijuana ciudad-juarez port-of-veracruz golden-triangle washington-dc russia ukraine canada ecuador costa-rica uruguay chile acapulco nueva-italia antunez buenavista tepalcatepec apatzingan india west-africa europe latin-america us-mexico-border california texas nuevo-laredo matamoros reynosa san-marcos-guatemala guatemala honduras el-salvador venezuela south-america U.S. US USA PRC Centroamérica Caribe Monterey Washington Antinez Laredo Sudamérica'
_mxsec_v11='calderon pena-nieto lopez-obrador sheinbaum fox us-obama-administration us-trump-administration-2017 us-biden-administration 4T'
_mxsec_v12='aguascalientes baja-california baja-california-sur campeche chiapas chihuahua ciudad-de-mexico coahuila colima durango guanajuato guerrero hidalgo jalisco estado-de-mexico michoacan morelos nayarit nuevo-leon oaxaca puebla queretaro quintana-roo san-luis-potosi sinaloa sonora tabasco tamaulipas tlaxcala veracruz yucatan zacatecas Ags. BC BCS CDMX DF D.F. Gto. México Edomex Michoacdan Michoacéan NL SLP guadalajara-cartel sinaloa-cartel cjng zetas gulf-cartel juarez-cartel tijuana-cartel beltran-leyva-organization la-familia-michoacana knights-templar cartel-del-noreste carteles-unidos chapitos mayos santa-rosa-de-lima-cartel guerreros-unidos cartel-de-caborca los-mezcales los-rojos cartel-de-acapulco cartel-de-la-costa-chica la-union-tepito cartel-de-tlahuac primeiro-comando-da-capital russian-criminal-groups chinese-criminal-groups chinese-money-laundering-networks la-linea mata-zetas farc clan-del-golfo cachiros valle-valle lorenzana-family mendoza-family lopez-ortiz-family texis-cartel los-perrones korean-criminal-groups epr la-sombra los-metros gente-nueva-reynosa Sinaloa CDS CING CNJG CDG Juarez AFO BLO LFM Templarios CDN Mayiza CSRL Mezcales Mexcales Rojos PCC CMLOs CMLO Línea Matazetas Urabeños AGC Lorenzanas Lorenzana Mendozas Texis Perrones Sombra Metros felipe-calderon enrique-pena-nieto andres-manuel-lopez-obrador claudia-sheinbaum joaquin-guzman donald-trump salvador-cienfuegos ismael-zambada nemesio-oseguera ovidio-guzman rafael-caro-quintero miguel-angel-osorio-chong r-evan-ellis vanda-felbab-brown luis-rodriguez-bucio vicente-fox jose-alfredo-cardenas-martinez ricardo-gomez-meillon vasquez-zarate orozco-peqaven martin-barney-montalvo paulino-jimenez hector-solis ernesto-encinas pablo-cruz arturo-sarukhan guillermo-valdes raul-benitez jose-de-cordoba dudley-althaus inigo-guevara alexander-carlos manuel-guerrero-hernandez adalberto-arauz patricia-escamilla-hamm duncan-wood eric-olson pablo-escobar juan-ramon-matta-ballesteros miguel-angel-felix-gallardo amado-carrillo-fuentes hector-palma-salazar juan-garcia-abrego daniel-correa el-barbas jose-noriel-portillo jose-antonio-yepez francisco-garcia-cabeza-de-vaca sergio-carmona-angulo americo-villarreal mara-lezama omar-garcia-harfuch jefe-apollo alfonso-durazo audomaro-martinez-zapata rosa-icela-rodriguez joe-biden barack-obama sean-penn perry-wiggins servando-gomez miguel-angel-trevino hector-beltran-leyva monte-alejandro-rubido john-pershing pancho-villa roger-noriega ricardo-anaya jose-antonio-meade margarita-zavala javier-lozano gabriela-cuevas manlio-fabio-beltrones hugo-flores roberto-madrazo olga-sanchez-cordero jose-manuel-solano-ochoa nestora-salgado rex-tillerson james-mattis hugo-chavez el-toro Calderón Calder6n EPN AMLO Sheinbaum Trump Cienfuegos Mencho Ovido Chong Ellis Felbab-Brown Fox Sarukhan Escamilla-Hamm Barbas Harfuch Durazo Biden Obama Penn Z-40 Rubido Pershing Anaya Meade Zavala Lozano Beltrones Madrazo Tillerson Mattis Chávez sedena semar mexican-armed-forces federal-police national-guard gobernacion pgr fgr cisen uif dea us-army-war-college-ssi wilson-center-mexico-institute pri pan morena prd army-military-police mexican-congress scjn cemex inter-american-defense-college inter-american-defense-board cecopam central-american-security-conference conference-of-defense-ministers-of-the-americas naval-infantry semar-special-forces sct cumar unaprop advanced-naval-stations unicapam merchant-marine-training-administration mexican-customs congressional-research-service geopolitical-futures semar-cybersecurity-unit naval-war-college national-gendarmerie fuerza-civil fincen cia juntos-haremos-historia altiplano-prison topo-chico-prison piedras-negras-prison us-state-department seventh-special-forces-group whinsec us-army-cgsc us-army-war-college us-defense-attache-office-mexico cni sspc mexico-city-police joint-staff mexican-air-force mexico-siu international-crisis-group us-department-of-defense us-armed-forces us-justice-department ofac sonora-state-government tamaulipas-state-government quintana-roo-state-government rnpdno mexico-evalua shcp pemex sat national-intelligence-system financial-security-cabinet state-police los-angeles-times vice-media russian-intelligence-services chinese-intelligence-services chinese-government us-army-north comision-nacional-de-seguridad federal-penitentiary-system mexican-presidency mexico-city-government chamber-of-deputies mexican-senate pes estado-mayor-presidencial reforma huawei zte norinco ceiec avic Army Navy marines PF GN SEGOB FIU SSI IADC IADB JID CENTSEC CDMA FES cumares UNAPROPs FIDENA Aduanas ANAM CRS geopoliticalfutures.com CESNAV Gendarmerie Gendarmería Altiplano Almoloya CGSC USAWC SSC SSC-CDMX FAM SIU ICG DoD Pentagon DOJ Hacienda Vice Beijing ARNORTH CNS Senate Senado EMP merida-initiative bicentennial-framework war-on-the-cartels gendarmerie-plan internal-security-law military-police-brigades northern-radar-program peacekeeping-commitment port-security-transfer navy-customs-initiative bases-operaciones-mixtas control-de-confianza adversarial-justice-system semar-infosec-masters national-security-law-2020 usmca nafta abrazos-no-balazos mando-unico national-guard-creation national-guard-sedena-transfer semar-regional-command-reorganization operativo-conjunto-michoacan border-commander-program us-mexico-military-staff-talks russia-sanctions judicial-reform-2024 salary-reforms high-value-targeting peace-and-security-strategy first-100-days-security-strategy highway-security-policy pena-nieto-security-strategy security-reorganization-2012 gobernacion-single-window us-state-marijuana-legalization colombia-glyphosate-spraying us-border-wall amlo-amnesty-proposal cisen-abolition emp-abolition armed-forces-organic-law bilateral-toc-working-group BOM BOMs NSJP T-MEC CUSMA TLCAN Hugs-Not-Bullets HVT amnesty guadalajara united-states china colombia san-diego morelos-military-base puerto-penasco altamira iraq afghanistan central-america caribbean mexico-southeast cuautitlan-izcalli valle-de-bravo badiraguato la-tuna caborca manzanillo lazaro-cardenas aguililla cerocahui culiacan cancun playa-del-carmen monterrey tijuana ciudad-juarez port-of-veracruz golden-triangle washington-dc russia ukraine canada ecuador costa-rica uruguay chile acapulco nueva-italia antunez buenavista tepalcatepec apatzingan india west-africa europe latin-america us-mexico-border california texas nuevo-laredo matamoros reynosa san-marcos-guatemala guatemala honduras el-salvador venezuela south-america U.S. US USA PRC Centroamérica Caribe Monterey Washington Antinez Laredo Sudamérica calderon pena-nieto lopez-obrador sheinbaum fox us-obama-administration us-trump-administration-2017 us-biden-administration 4T ellis-2016 ellis-2018-mar ellis-2018-may ellis-2022 felbab-brown-2024'
_mxsec_v13='annual-earnings border-length candidates-killed cartel-linked-pharmacies-closed cartel-linked-pharmacies-open case-file-length cases-not-reaching-trial confidence-test-interval conflict-deaths court-challenges criminal-groups cyberscam-losses deaths-in-attack deaths-in-violence-wave disappeared disappeared-share displaced drug-labs-targeted drug-overdose-deaths effective-prosecution-rate expected-governorships expected-seat-share federal-entities federal-investigators-increase federal-police-divisions fuel-theft-losses-per-year governorships-at-stake guadalajara-successor-organizations homicide-rate homicide-rate-decline homicide-rate-increase homicide-rate-target homicide-share homicides major-criminal-groups marijuana-seized military-budget-share-of-gdp military-managed-budgets military-procurement most-wanted-targets mp-brigades national-guard-deployment national-territory-ceded naval-infantry-strength navy-three-star-regional-commands one-star-commands pgr-intelligence-staff planned-helicopter-acquisition planned-strength police-killed police-recruits police-strength police-training-duration political-killings political-violence-victims population-in-criminal-economy ports ports-with-cumares ports-with-unaprops presidential-voting-intention principal-crossings-contested priority-cities prison-capacity prisoners prisons security-assistance-withheld sinaloa-cartel-branches unit-size us-defense-secretary-visits-to-mexico us-military-equipment-purchases us-security-engagement-funding'
_mxsec_v14='aguascalientes baja-california baja-california-sur campeche chiapas chihuahua ciudad-de-mexico coahuila colima durango guanajuato guerrero hidalgo jalisco estado-de-mexico michoacan morelos nayarit nuevo-leon oaxaca puebla queretaro quintana-roo san-luis-potosi sinaloa sonora tabasco tamaulipas tlaxcala veracruz yucatan zacatecas Ags. BC BCS CDMX DF D.F. Gto. México Edomex Michoacdan Michoacéan NL SLP guadalajara-cartel sinaloa-cartel cjng zetas gulf-cartel juarez-cartel tijuana-cartel beltran-leyva-organization la-familia-michoacana knights-templar cartel-del-noreste carteles-unidos chapitos mayos santa-rosa-de-lima-cartel guerreros-unidos cartel-de-caborca los-mezcales los-rojos cartel-de-acapulco cartel-de-la-costa-chica la-union-tepito cartel-de-tlahuac primeiro-comando-da-capital russian-criminal-groups chinese-criminal-groups chinese-money-laundering-networks la-linea mata-zetas farc clan-del-golfo cachiros valle-valle lorenzana-family mendoza-family lopez-ortiz-family texis-cartel los-perrones korean-criminal-groups epr la-sombra los-metros gente-nueva-reynosa Sinaloa CDS CING CNJG CDG Juarez AFO BLO LFM Templarios CDN Mayiza CSRL Mezcales Mexcales Rojos PCC CMLOs CMLO Línea Matazetas Urabeños AGC Lorenzanas Lorenzana Mendozas Texis Perrones Sombra Metros felipe-calderon enrique-pena-nieto andres-manuel-lopez-obrador claudia-sheinbaum joaquin-guzman donald-trump salvador-cienfuegos ismael-zambada nemesio-oseguera ovidio-guzman rafael-caro-quintero miguel-angel-osorio-chong r-evan-ellis vanda-felbab-brown luis-rodriguez-bucio vicente-fox jose-alfredo-cardenas-martinez ricardo-gomez-meillon vasquez-zarate orozco-peqaven martin-barney-montalvo paulino-jimenez hector-solis ernesto-encinas pablo-cruz arturo-sarukhan guillermo-valdes raul-benitez jose-de-cordoba dudley-althaus inigo-guevara alexander-carlos manuel-guerrero-hernandez adalberto-arauz patricia-escamilla-hamm duncan-wood eric-olson pablo-escobar juan-ramon-matta-ballesteros miguel-angel-felix-gallardo amado-carrillo-fuentes hector-palma-salazar juan-garcia-abrego daniel-correa el-barbas jose-noriel-portillo jose-antonio-yepez francisco-garcia-cabeza-de-vaca sergio-carmona-angulo americo-villarreal mara-lezama omar-garcia-harfuch jefe-apollo alfonso-durazo audomaro-martinez-zapata rosa-icela-rodriguez joe-biden barack-obama sean-penn perry-wiggins servando-gomez miguel-angel-trevino hector-beltran-leyva monte-alejandro-rubido john-pershing pancho-villa roger-noriega ricardo-anaya jose-antonio-meade margarita-zavala javier-lozano gabriela-cuevas manlio-fabio-beltrones hugo-flores roberto-madrazo olga-sanchez-cordero jose-manuel-solano-ochoa nestora-salgado rex-tillerson james-mattis hugo-chavez el-toro Calderón Calder6n EPN AMLO Sheinbaum Trump Cienfuegos Mencho Ovido Chong Ellis Felbab-Brown Fox Sarukhan Escamilla-Hamm Barbas Harfuch Durazo Biden Obama Penn Z-40 Rubido Pershing Anaya Meade Zavala Lozano Beltrones Madrazo Tillerson Mattis Chávez sedena semar mexican-armed-forces federal-police national-guard gobernacion pgr fgr cisen uif dea us-army-war-college-ssi wilson-center-mexico-institute pri pan morena prd army-military-police mexican-congress scjn cemex inter-american-defense-college inter-american-defense-board cecopam central-american-security-conference conference-of-defense-ministers-of-the-americas naval-infantry semar-special-forces sct cumar unaprop advanced-naval-stations unicapam merchant-marine-training-administration mexican-customs congressional-research-service geopolitical-futures semar-cybersecurity-unit naval-war-college national-gendarmerie fuerza-civil fincen cia juntos-haremos-historia altiplano-prison topo-chico-prison piedras-negras-prison us-state-department seventh-special-forces-group whinsec us-army-cgsc us-army-war-college us-defense-attache-office-mexico cni sspc mexico-city-police joint-staff mexican-air-force mexico-siu international-crisis-group us-department-of-defense us-armed-forces us-justice-department ofac sonora-state-government tamaulipas-state-government quintana-roo-state-government rnpdno mexico-evalua shcp pemex sat national-intelligence-system financial-security-cabinet state-police los-angeles-times vice-media russian-intelligence-services chinese-intelligence-services chinese-government us-army-north comision-nacional-de-seguridad federal-penitentiary-system mexican-presidency mexico-city-government chamber-of-deputies mexican-senate pes estado-mayor-presidencial reforma huawei zte norinco ceiec avic Army Navy marines PF GN SEGOB FIU SSI IADC IADB JID CENTSEC CDMA FES cumares UNAPROPs FIDENA Aduanas ANAM CRS geopoliticalfutures.com CESNAV Gendarmerie Gendarmería Altiplano Almoloya CGSC USAWC SSC SSC-CDMX FAM SIU ICG DoD Pentagon DOJ Hacienda Vice Beijing ARNORTH CNS Senate Senado EMP merida-initiative bicentennial-framework war-on-the-cartels gendarmerie-plan internal-security-law military-police-brigades northern-radar-program peacekeeping-commitment port-security-transfer navy-customs-initiative bases-operaciones-mixtas control-de-confianza adversarial-justice-system semar-infosec-masters national-security-law-2020 usmca nafta abrazos-no-balazos mando-unico national-guard-creation national-guard-sedena-transfer semar-regional-command-reorganization operativo-conjunto-michoacan border-commander-program us-mexico-military-staff-talks russia-sanctions judicial-reform-2024 salary-reforms high-value-targeting peace-and-security-strategy first-100-days-security-strategy highway-security-policy pena-nieto-security-strategy security-reorganization-2012 gobernacion-single-window us-state-marijuana-legalization colombia-glyphosate-spraying us-border-wall amlo-amnesty-proposal cisen-abolition emp-abolition armed-forces-organic-law bilateral-toc-working-group BOM BOMs NSJP T-MEC CUSMA TLCAN Hugs-Not-Bullets HVT amnesty guadalajara united-states china colombia san-diego morelos-military-base puerto-penasco altamira iraq afghanistan central-america caribbean mexico-southeast cuautitlan-izcalli valle-de-bravo badiraguato la-tuna caborca manzanillo lazaro-cardenas aguililla cerocahui culiacan cancun playa-del-carmen monterrey tijuana ciudad-juarez port-of-veracruz golden-triangle washington-dc russia ukraine canada ecuador costa-rica uruguay chile acapulco nueva-italia antunez buenavista tepalcatepec apatzingan india west-africa europe latin-america us-mexico-border california texas nuevo-laredo matamoros reynosa san-marcos-guatemala guatemala honduras el-salvador venezuela south-america U.S. US USA PRC Centroamérica Caribe Monterey Washington Antinez Laredo Sudamérica calderon pena-nieto lopez-obrador sheinbaum fox us-obama-administration us-trump-administration-2017 us-biden-administration 4T'
_mxsec_v15='text bibtex ris csl-json'
_mxsec_v16='ellis-2016 ellis-2018-mar ellis-2018-may ellis-2022 felbab-brown-2024 aguascalientes baja-california baja-california-sur campeche chiapas chihuahua ciudad-de-mexico coahuila colima durango guanajuato guerrero hidalgo jalisco estado-de-mexico michoacan morelos nayarit nuevo-leon oaxaca puebla queretaro quintana-roo san-luis-potosi sinaloa sonora tabasco tamaulipas tlaxcala veracruz yucatan zacatecas Ags. BC BCS CDMX DF D.F. Gto. México Edomex Michoacdan Michoacéan NL SLP guadalajara-cartel sinaloa-cartel cjng zetas gulf-cartel juarez-cartel tijuana-cartel beltran-leyva-organization la-familia-michoacana knights-templar cartel-del-noreste carteles-unidos chapitos mayos santa-rosa-de-lima-cartel guerreros-unidos cartel-de-caborca los-mezcales los-rojos cartel-de-acapulco cartel-de-la-costa-chica la-union-tepito cartel-de-tlahuac primeiro-comando-da-capital russian-criminal-groups chinese-criminal-groups chinese-money-laundering-networks la-linea mata-zetas farc clan-del-golfo cachiros valle-valle lorenzana-family mendoza-family lopez-ortiz-family texis-cartel los-perrones korean-criminal-groups epr la-sombra los-metros gente-nueva-reynosa Sinaloa CDS CING CNJG CDG Juarez AFO BLO LFM Templarios CDN Mayiza CSRL Mezcales Mexcales Rojos PCC CMLOs CMLO Línea Matazetas Urabeños AGC Lorenzanas Lorenzana Mendozas Texis Perrones Sombra Metros felipe-calderon enrique-pena-nieto andres-manuel-lopez-obrador claudia-sheinbaum joaquin-guzman donald-trump salvador-cienfuegos ismael-zambada nemesio-oseguera ovidio-guzman rafael-caro-quintero miguel-angel-osorio-chong r-evan-ellis vanda-felbab-brown luis-rodriguez-bucio vicente-fox jose-alfredo-cardenas-martinez ricardo-gomez-meillon vasquez-zarate orozco-peqaven martin-barney-montalvo paulino-jimenez hector-solis ernesto-encinas pablo-cruz arturo-sarukhan guillermo-valdes raul-benitez jose-de-cordoba dudley-althaus inigo-guevara alexander-carlos manuel-guerrero-hernandez adalberto-arauz patricia-escamilla-hamm duncan-wood eric-olson pablo-escobar juan-ramon-matta-ballesteros miguel-angel-felix-gallardo amado-carrillo-fuentes hector-palma-salazar juan-garcia-abrego daniel-correa el-barbas jose-noriel-portillo jose-antonio-yepez francisco-garcia-cabeza-de-vaca sergio-carmona-angulo americo-villarreal mara-lezama omar-garcia-harfuch jefe-apollo alfonso-durazo audomaro-martinez-zapata rosa-icela-rodriguez joe-biden barack-obama sean-penn perry-wiggins servando-gomez miguel-angel-trevino hector-beltran-leyva monte-alejandro-rubido john-pershing pancho-villa roger-noriega ricardo-anaya jose-antonio-meade margarita-zavala javier-lozano gabriela-cuevas manlio-fabio-beltrones hugo-flores roberto-madrazo olga-sanchez-cordero jose-manuel-solano-ochoa nestora-salgado rex-tillerson james-mattis hugo-chavez el-toro Calderón Calder6n EPN AMLO Sheinbaum Trump Cienfuegos Mencho Ovido Chong Ellis Felbab-Brown Fox Sarukhan Escamilla-Hamm Barbas Harfuch Durazo Biden Obama Penn Z-40 Rubido Pershing Anaya Meade Zavala Lozano Beltrones Madrazo Tillerson Mattis Chávez sedena semar mexican-armed-forces federal-police national-guard gobernacion pgr fgr cisen uif dea us-army-war-college-ssi wilson-center-mexico-institute pri pan morena prd army-military-police mexican-congress scjn cemex inter-american-defense-college inter-american-defense-board cecopam central-american-security-conference conference-of-defense-ministers-of-the-americas naval-infantry semar-special-forces sct cumar unaprop advanced-naval-stations unicapam merchant-marine-training-administration mexican-customs congressional-research-service geopolitical-futures semar-cybersecurity-unit naval-war-college national-gendarmerie fuerza-civil fincen cia juntos-haremos-historia altiplano-prison topo-chico-prison piedras-negras-prison us-state-department seventh-special-forces-group whinsec us-army-cgsc us-army-war-college us-defense-attache-office-mexico cni sspc mexico-city-police joint-staff mexican-air-force mexico-siu international-crisis-group us-department-of-defense us-armed-forces us-justice-department ofac sonora-state-government tamaulipas-state-government quintana-roo-state-government rnpdno mexico-evalua shcp pemex sat national-intelligence-system financial-security-cabinet state-police los-angeles-times vice-media russian-intelligence-services chinese-intelligence-services chinese-government us-army-north comision-nacional-de-seguridad federal-penitentiary-system mexican-presidency mexico-city-government chamber-of-deputies mexican-senate pes estado-mayor-presidencial reforma huawei zte norinco ceiec avic Army Navy marines PF GN SEGOB FIU SSI IADC IADB JID CENTSEC CDMA FES cumares UNAPROPs FIDENA Aduanas ANAM CRS geopoliticalfutures.com CESNAV Gendarmerie Gendarmería Altiplano Almoloya CGSC USAWC SSC SSC-CDMX FAM SIU ICG DoD Pentagon DOJ Hacienda Vice Beijing ARNORTH CNS Senate Senado EMP merida-initiative bicentennial-framework war-on-the-cartels gendarmerie-plan internal-security-law military-police-brigades northern-radar-program peacekeeping-commitment port-security-transfer navy-customs-initiative bases-operaciones-mixtas control-de-confianza adversarial-justice-system semar-infosec-masters national-security-law-2020 usmca nafta abrazos-no-balazos mando-unico national-guard-creation national-guard-sedena-transfer semar-regional-command-reorganization operativo-conjunto-michoacan border-commander-program us-mexico-military-staff-talks russia-sanctions judicial-reform-2024 salary-reforms high-value-targeting peace-and-security-strategy first-100-days-security-strategy highway-security-policy pena-nieto-security-strategy security-reorganization-2012 gobernacion-single-window us-state-marijuana-legalization colombia-glyphosate-spraying us-border-wall amlo-amnesty-proposal cisen-abolition emp-abolition armed-forces-organic-law bilateral-toc-working-group BOM BOMs NSJP T-MEC CUSMA TLCAN Hugs-Not-Bullets HVT amnesty guadalajara united-states china colombia san-diego morelos-military-base puerto-penasco altamira iraq afghanistan central-america caribbean mexico-southeast cuautitlan-izcalli valle-de-bravo badiraguato la-tuna caborca manzanillo lazaro-cardenas aguililla cerocahui culiacan cancun playa-del-carmen monterrey tijuana ciudad-juarez port-of-veracruz golden-triangle washington-dc russia ukraine canada ecuador costa-rica uruguay chile acapulco nueva-italia antunez buenavista tepalcatepec apatzingan india west-africa europe latin-america us-mexico-border california texas nuevo-laredo matamoros reynosa san-marcos-guatemala guatemala honduras el-salvador venezuela south-america U.S. US USA PRC Centroamérica Caribe Monterey Washington Antinez Laredo Sudamérica calderon pena-nieto lopez-obrador sheinbaum fox us-obama-administration us-trump-administration-2017 us-biden-administration 4T'
_mxsec_v17='table plain json jsonl yaml csv tsv md svg'
_mxsec_v18='table plain json jsonl yaml csv tsv md dot mermaid'
_mxsec_v19='state group person institution policy place administration timeline compare facts figures search show cite recommendations topics map lineage graph completion shell reports validate verify help'

_mxsec() {
  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" cmd="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in -*) ;; *) cmd="${COMP_WORDS[i]}"; break ;; esac
  done
  case "$cmd" in
    "") COMPREPLY=($(compgen -W 'state group person institution policy place administration timeline compare facts figures search show cite recommendations topics map lineage graph completion shell reports validate verify help --debug -h --help -V --version' -- "$cur")) ;;
    state)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --sources) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --by) COMPREPLY=($(compgen -W "report date kind" -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --sources --quote --by --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -W "$_mxsec_v4" -- "$cur"));
      fi ;;
    group)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --sources) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --by) COMPREPLY=($(compgen -W "report date kind" -- "$cur")); return ;;
        --type) COMPREPLY=($(compgen -W "$_mxsec_v5" -- "$cur")); return ;;
        --state|--in-state) COMPREPLY=($(compgen -W "$_mxsec_v4" -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --sources --quote --by --type --state --in-state --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -W "$_mxsec_v6" -- "$cur"));
      fi ;;
    person)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --sources) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --by) COMPREPLY=($(compgen -W "report date kind" -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --sources --quote --by --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -W "$_mxsec_v7" -- "$cur"));
      fi ;;
    institution)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --sources) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --by) COMPREPLY=($(compgen -W "report date kind" -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --sources --quote --by --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -W "$_mxsec_v8" -- "$cur"));
      fi ;;
    policy)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --sources) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --by) COMPREPLY=($(compgen -W "report date kind" -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --sources --quote --by --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -W "$_mxsec_v9" -- "$cur"));
      fi ;;
    place)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --sources) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --by) COMPREPLY=($(compgen -W "report date kind" -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --sources --quote --by --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -W "$_mxsec_v10" -- "$cur"));
      fi ;;
    administration)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --sources) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --by) COMPREPLY=($(compgen -W "report date kind" -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --sources --quote --by --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -W "$_mxsec_v11" -- "$cur"));
      fi ;;
    timeline)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --state) COMPREPLY=($(compgen -W "$_mxsec_v4" -- "$cur")); return ;;
        --group) COMPREPLY=($(compgen -W "$_mxsec_v6" -- "$cur")); return ;;
        --person) COMPREPLY=($(compgen -W "$_mxsec_v7" -- "$cur")); return ;;
        --institution) COMPREPLY=($(compgen -W "$_mxsec_v8" -- "$cur")); return ;;
        --policy) COMPREPLY=($(compgen -W "$_mxsec_v9" -- "$cur")); return ;;
        --place) COMPREPLY=($(compgen -W "$_mxsec_v10" -- "$cur")); return ;;
        --administration) COMPREPLY=($(compgen -W "$_mxsec_v11" -- "$cur")); return ;;
        --by) COMPREPLY=($(compgen -W "none year administration" -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --state --group --person --institution --policy --place --administration --by --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=();
      fi ;;
    compare)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --across-reports --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -W "$_mxsec_v12" -- "$cur"));
      fi ;;
    facts)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --sources) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --state) COMPREPLY=($(compgen -W "$_mxsec_v4" -- "$cur")); return ;;
        --group) COMPREPLY=($(compgen -W "$_mxsec_v6" -- "$cur")); return ;;
        --person) COMPREPLY=($(compgen -W "$_mxsec_v7" -- "$cur")); return ;;
        --institution) COMPREPLY=($(compgen -W "$_mxsec_v8" -- "$cur")); return ;;
        --policy) COMPREPLY=($(compgen -W "$_mxsec_v9" -- "$cur")); return ;;
        --place) COMPREPLY=($(compgen -W "$_mxsec_v10" -- "$cur")); return ;;
        --administration) COMPREPLY=($(compgen -W "$_mxsec_v11" -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --sources --quote --state --group --person --institution --policy --place --administration --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=();
      fi ;;
    figures)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --measure) COMPREPLY=($(compgen -W "$_mxsec_v13" -- "$cur")); return ;;
        --state) COMPREPLY=($(compgen -W "$_mxsec_v4" -- "$cur")); return ;;
        --group) COMPREPLY=($(compgen -W "$_mxsec_v6" -- "$cur")); return ;;
        --person) COMPREPLY=($(compgen -W "$_mxsec_v7" -- "$cur")); return ;;
        --institution) COMPREPLY=($(compgen -W "$_mxsec_v8" -- "$cur")); return ;;
        --policy) COMPREPLY=($(compgen -W "$_mxsec_v9" -- "$cur")); return ;;
        --place) COMPREPLY=($(compgen -W "$_mxsec_v10" -- "$cur")); return ;;
        --administration) COMPREPLY=($(compgen -W "$_mxsec_v11" -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --measure --state --group --person --institution --policy --place --administration --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -W "$_mxsec_v14" -- "$cur"));
      fi ;;
    search)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --limit) COMPREPLY=(); return ;;
        --type) COMPREPLY=($(compgen -W "$_mxsec_v5" -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --limit --type --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=();
      fi ;;
    show)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --sources) COMPREPLY=($(compgen -d -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --sources --quote --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -W "$_mxsec_v14" -- "$cur"));
      fi ;;
    cite)
      case "$prev" in
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v15" -- "$cur")); return ;;
        --style) COMPREPLY=($(compgen -W "apa chicago mla" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '-o --format --style --corpus --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -W "$_mxsec_v16" -- "$cur"));
      fi ;;
    recommendations)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --actor) COMPREPLY=(); return ;;
        --state) COMPREPLY=($(compgen -W "$_mxsec_v4" -- "$cur")); return ;;
        --group) COMPREPLY=($(compgen -W "$_mxsec_v6" -- "$cur")); return ;;
        --person) COMPREPLY=($(compgen -W "$_mxsec_v7" -- "$cur")); return ;;
        --institution) COMPREPLY=($(compgen -W "$_mxsec_v8" -- "$cur")); return ;;
        --policy) COMPREPLY=($(compgen -W "$_mxsec_v9" -- "$cur")); return ;;
        --place) COMPREPLY=($(compgen -W "$_mxsec_v10" -- "$cur")); return ;;
        --administration) COMPREPLY=($(compgen -W "$_mxsec_v11" -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --actor --state --group --person --institution --policy --place --administration --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=();
      fi ;;
    topics)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=();
      fi ;;
    map)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v17" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --group) COMPREPLY=($(compgen -W "$_mxsec_v6" -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --group --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=();
      fi ;;
    lineage)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --report --since --until --as-of --kind --topic --corpus --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=();
      fi ;;
    graph)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v18" -- "$cur")); return ;;
        --group) COMPREPLY=($(compgen -W "$_mxsec_v6" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur")); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        --as-of) COMPREPLY=(); return ;;
        --kind) COMPREPLY=($(compgen -W "$_mxsec_v2" -- "$cur")); return ;;
        --topic) COMPREPLY=($(compgen -W "$_mxsec_v3" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --group --report --since --until --as-of --kind --topic --corpus --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=();
      fi ;;
    completion)
      case "$prev" in
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--corpus --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur"));
      fi ;;
    shell)
      case "$prev" in
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=();
      fi ;;
    reports)
      case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --width) COMPREPLY=(); return ;;
        -o|--format) COMPREPLY=($(compgen -W "$_mxsec_v0" -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--color --ascii --raw --width -o --format --corpus --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -W "$_mxsec_v1" -- "$cur"));
      fi ;;
    validate)
      case "$prev" in
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--corpus --lint --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=($(compgen -d -- "$cur"));
      fi ;;
    verify)
      case "$prev" in
        --sources) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '--sources --allow-missing --corpus --debug -h --help -V --version' -- "$cur"))
      else COMPREPLY=();
      fi ;;
    help)
      case "$prev" in
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '-h --help --debug' -- "$cur"))
      else COMPREPLY=($(compgen -W "$_mxsec_v19" -- "$cur"));
      fi ;;
  esac
}
complete -F _mxsec mxsec
